using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.GrainInterfaces.Sweeps;

/// <summary>Reads of what sweeps and their children wrote, on any silo; every call is a database read.</summary>
[Alias("luckyfive.ISweepQueryGrain")]
public interface ISweepQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Sweeps newest first, optionally of one state, one page at a time.</summary>
    [Alias("List")]
    Task<SweepPage> ListAsync(SweepQuery query);

    /// <summary>
    /// Every child of a sweep in index order, with its parameters, state and summary; null when the sweep is unknown.
    /// </summary>
    [Alias("GetChildren")]
    Task<IReadOnlyList<SweepChild>?> GetChildrenAsync(string sweepId);

    /// <summary>
    /// The sweep's probability of backtest overfitting over <paramref name="blocks"/> blocks of contests, from its
    /// completed children's stored results (nothing is re-run); null when the sweep is unknown.
    /// </summary>
    [Alias("GetOverfitting")]
    Task<SweepOverfitting?> GetOverfittingAsync(string sweepId, int blocks);
}

/// <summary>Filters and paging of <see cref="ISweepQueryGrain.ListAsync"/>.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepQuery.v1")]
public sealed record SweepQuery
{
    /// <summary>Only this state.</summary>
    [Id(0)] public SweepState? State { get; init; }

    /// <summary>Continue after this sweep id (the previous page's last).</summary>
    [Id(1)] public string? AfterId { get; init; }

    /// <summary>Page size.</summary>
    [Id(2)] public required int Limit { get; init; }
}

/// <summary>One page of sweeps.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepPage.v1")]
public sealed record SweepPage
{
    /// <summary>The sweeps, newest first.</summary>
    [Id(0)] public required IReadOnlyList<SweepStatus> Items { get; init; }

    /// <summary>True when more sweeps follow the last one.</summary>
    [Id(1)] public required bool HasMore { get; init; }
}

/// <summary>One child simulation of a sweep: which variation it runs and how far it got.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepChild.v1")]
public sealed record SweepChild
{
    /// <summary>The variation's number, 0.. in generation order.</summary>
    [Id(0)] public required int Index { get; init; }

    /// <summary>The parameter combination it runs, shared by that combination's seed replicates.</summary>
    [Id(1)] public required int Combination { get; init; }

    /// <summary>Which seed replicate of the combination it is, 0..</summary>
    [Id(2)] public required int Replicate { get; init; }

    /// <summary>The seed the child runs with (its replicate's).</summary>
    [Id(3)] public required ulong Seed { get; init; }

    /// <summary>The child simulation's id (<c>GET /api/v1/simulations/{id}</c>).</summary>
    [Id(4)] public required string SimulationId { get; init; }

    /// <summary>The swept parameters' values.</summary>
    [Id(5)] public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    /// <summary>The child's state; null while it has not been started.</summary>
    [Id(6)] public SimulationState? State { get; init; }

    /// <summary>Its summary once completed or bankrupt.</summary>
    [Id(7)] public SimulationSummary? Summary { get; init; }

    /// <summary>Why it failed or stopped.</summary>
    [Id(8)] public string? Reason { get; init; }

    /// <summary>When the sweep holds out its range's tail: the summary of the in-sample contests, which children are ranked on.</summary>
    [Id(9)] public SimulationSummary? InSampleSummary { get; init; }

    /// <summary>When the sweep holds out its range's tail: the summary of the held-out contests.</summary>
    [Id(10)] public SimulationSummary? HoldoutSummary { get; init; }
}
