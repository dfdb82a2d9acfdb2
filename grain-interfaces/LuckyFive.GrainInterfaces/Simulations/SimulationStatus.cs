namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>A simulation as its grain knows it now: spec, state, progress, money so far and, once final, the summary.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SimulationStatus.v1")]
public sealed record SimulationStatus
{
    /// <summary>The simulation's id (its grain key).</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>The spec as accepted.</summary>
    [Id(1)] public required SimulationSpec Spec { get; init; }

    /// <summary>Lifecycle state.</summary>
    [Id(2)] public required SimulationState State { get; init; }

    /// <summary>The draw-history version the simulation is pinned to.</summary>
    [Id(3)] public required long DrawsVersion { get; init; }

    /// <summary>The ledger its money is posted to.</summary>
    [Id(4)] public required string LedgerId { get; init; }

    /// <summary>Batches planned.</summary>
    [Id(5)] public required int BatchesTotal { get; init; }

    /// <summary>Batches computed, written and paid.</summary>
    [Id(6)] public required int BatchesDone { get; init; }

    /// <summary>Contests in the range that exist in the history.</summary>
    [Id(7)] public required int ContestsTotal { get; init; }

    /// <summary>Contests computed, written and paid.</summary>
    [Id(8)] public required int ContestsDone { get; init; }

    /// <summary>Cost of the contests done, in centavos.</summary>
    [Id(9)] public required long CostCents { get; init; }

    /// <summary>Prizes of the contests done, in centavos.</summary>
    [Id(10)] public required long PrizeCents { get; init; }

    /// <summary>When the simulation was accepted.</summary>
    [Id(11)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its first batch started.</summary>
    [Id(12)] public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it reached a final state.</summary>
    [Id(13)] public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why it failed or stopped, in a sentence.</summary>
    [Id(14)] public string? Reason { get; init; }

    /// <summary>For a bankrupt simulation, the contest whose bet was refused (results stop before it).</summary>
    [Id(15)] public int? StoppedAtContest { get; init; }

    /// <summary>The summary over the contests computed; set once the simulation is completed or bankrupt.</summary>
    [Id(16)] public SimulationSummary? Summary { get; init; }

    /// <summary>With <see cref="SimulationSpec.InSampleToContest"/>: the summary of the contests up to it.</summary>
    [Id(17)] public SimulationSummary? InSampleSummary { get; init; }

    /// <summary>With <see cref="SimulationSpec.InSampleToContest"/>: the summary of the held-out contests after it.</summary>
    [Id(18)] public SimulationSummary? HoldoutSummary { get; init; }
}
