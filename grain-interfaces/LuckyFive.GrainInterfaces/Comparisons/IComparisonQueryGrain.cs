namespace LuckyFive.GrainInterfaces.Comparisons;

/// <summary>Reads of stored comparisons and leaderboards of finished simulations, on any silo; every call is a database read.</summary>
[Alias("luckyfive.IComparisonQueryGrain")]
public interface IComparisonQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Comparisons newest first, one page at a time.</summary>
    [Alias("List")]
    Task<ComparisonPage> ListAsync(ComparisonQuery query);

    /// <summary>Completed simulations, or recipes over their seeds, ranked on a metric; one page at a time.</summary>
    [Alias("Leaderboard")]
    Task<LeaderboardPage> LeaderboardAsync(LeaderboardQuery query);
}

/// <summary>Paging of <see cref="IComparisonQueryGrain.ListAsync"/>.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ComparisonQuery.v1")]
public sealed record ComparisonQuery
{
    /// <summary>Continue after this comparison id (the previous page's last).</summary>
    [Id(0)] public string? AfterId { get; init; }

    /// <summary>Page size.</summary>
    [Id(1)] public required int Limit { get; init; }
}

/// <summary>One page of comparisons.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ComparisonPage.v1")]
public sealed record ComparisonPage
{
    /// <summary>The comparisons, newest first.</summary>
    [Id(0)] public required IReadOnlyList<Comparison> Items { get; init; }

    /// <summary>True when more follow the last one.</summary>
    [Id(1)] public required bool HasMore { get; init; }
}
