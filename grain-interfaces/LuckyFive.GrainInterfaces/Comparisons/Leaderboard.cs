namespace LuckyFive.GrainInterfaces.Comparisons;

/// <summary>What a leaderboard ranks: each completed simulation, or each recipe over its seeds.</summary>
public enum LeaderboardGroup
{
    /// <summary>One entry per completed simulation.</summary>
    Simulation = 0,

    /// <summary>One entry per recipe (strategy, parameters and contest range) with its seeds' mean.</summary>
    Recipe = 1,
}

/// <summary>Which leaderboard, its filters and the page wanted.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.LeaderboardQuery.v1")]
public sealed record LeaderboardQuery
{
    /// <summary>The metric ranked (a <see cref="Simulations.SimulationMetrics"/> name).</summary>
    [Id(0)] public required string Metric { get; init; }

    /// <summary>Simulations or recipes.</summary>
    [Id(1)] public required LeaderboardGroup Group { get; init; }

    /// <summary>Only this strategy.</summary>
    [Id(2)] public string? Strategy { get; init; }

    /// <summary>Only simulations created at or after.</summary>
    [Id(3)] public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only simulations created before.</summary>
    [Id(4)] public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Continue after this entry's key (the previous page's last <see cref="LeaderboardEntry.Key"/>).</summary>
    [Id(5)] public string? AfterKey { get; init; }

    /// <summary>Page size.</summary>
    [Id(6)] public required int Limit { get; init; }

    /// <summary>Seeds a recipe needs to be ranked.</summary>
    [Id(7)] public int MinimumReplicates { get; init; } = 5;
}

/// <summary>One page of a leaderboard.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.LeaderboardPage.v1")]
public sealed record LeaderboardPage
{
    /// <summary>Entries with a value or enough seeds, which are ranked, in the leaderboard's whole.</summary>
    [Id(0)] public required int Ranked { get; init; }

    /// <summary>Entries listed after the ranked ones: no value, or a recipe with too few seeds.</summary>
    [Id(1)] public required int Unranked { get; init; }

    /// <summary>The page: ranked entries best first, then unranked ones.</summary>
    [Id(2)] public required IReadOnlyList<LeaderboardEntry> Items { get; init; }

    /// <summary>True when more entries follow the last one.</summary>
    [Id(3)] public required bool HasMore { get; init; }
}

/// <summary>A simulation or a recipe on a leaderboard.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.LeaderboardEntry.v1")]
public sealed record LeaderboardEntry
{
    /// <summary>Where the entry stands; the cursor continues after it.</summary>
    [Id(0)] public required string Key { get; init; }

    /// <summary>1 = best, equal values sharing the lowest rank; null when unranked.</summary>
    [Id(1)] public int? Rank { get; init; }

    /// <summary>The simulation's value, or the recipe's mean over its seeds; null when there is none.</summary>
    [Id(2)] public double? Value { get; init; }

    /// <summary>The strategy.</summary>
    [Id(3)] public required string Strategy { get; init; }

    /// <summary>The strategy's parameters.</summary>
    [Id(4)] public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    /// <summary>First contest replayed.</summary>
    [Id(5)] public required int FromContest { get; init; }

    /// <summary>Last contest replayed.</summary>
    [Id(6)] public required int ToContest { get; init; }

    /// <summary>The simulation (group=simulation), or the recipe's simulations newest first (group=recipe).</summary>
    [Id(7)] public required IReadOnlyList<string> SimulationIds { get; init; }

    /// <summary>The simulation's seed, or the recipe's seeds in the order of <see cref="SimulationIds"/>.</summary>
    [Id(8)] public required IReadOnlyList<ulong> Seeds { get; init; }

    /// <summary>When the simulation (or the recipe's newest) was created.</summary>
    [Id(9)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>For a recipe: the seeds' spread and interval (null for a simulation).</summary>
    [Id(10)] public RecipeReplication? Replication { get; init; }
}

/// <summary>A recipe's metric over its seeds (SeedReplication): n, standard deviation and the 95% t interval.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.RecipeReplication.v1")]
public sealed record RecipeReplication
{
    /// <summary>Seeds with a value.</summary>
    [Id(0)] public required int Replicates { get; init; }

    /// <summary>Seeds needed to be ranked.</summary>
    [Id(1)] public required int MinimumReplicates { get; init; }

    /// <summary>Sample standard deviation over the seeds; null with one.</summary>
    [Id(2)] public double? StandardDeviation { get; init; }

    /// <summary>Lower end of the 95% interval of the mean; null when unranked.</summary>
    [Id(3)] public double? Lower95 { get; init; }

    /// <summary>Upper end of the 95% interval of the mean; null when unranked.</summary>
    [Id(4)] public double? Upper95 { get; init; }

    /// <summary>Enough seeds to be ranked.</summary>
    [Id(5)] public required bool Rankable { get; init; }
}
