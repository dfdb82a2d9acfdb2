namespace LuckyFive.GrainInterfaces.Sweeps;

/// <summary>Where a sweep is in its life.</summary>
public enum SweepState
{
    /// <summary>Accepted; no child started yet.</summary>
    Pending = 0,

    /// <summary>Children are running.</summary>
    Running = 1,

    /// <summary>Every child reached a final state (some may have failed; see the counts).</summary>
    Completed = 2,

    /// <summary>Stopped on request; children that had finished keep their results.</summary>
    Cancelled = 3,
}

/// <summary>Names and finality of sweep states.</summary>
public static class SweepStates
{
    /// <summary>Whether nothing more will happen to the sweep.</summary>
    public static bool IsFinal(this SweepState state) => state >= SweepState.Completed;

    /// <summary>The state's snake_case name, as the API and the read model show it.</summary>
    public static string Name(this SweepState state) => state switch
    {
        SweepState.Pending => "pending",
        SweepState.Running => "running",
        SweepState.Completed => "completed",
        SweepState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}

/// <summary>A sweep as its grain knows it now.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepStatus.v1")]
public sealed record SweepStatus
{
    /// <summary>The sweep's id (its grain key).</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>The spec's name.</summary>
    [Id(1)] public required string Name { get; init; }

    /// <summary>The spec's description.</summary>
    [Id(2)] public string? Description { get; init; }

    /// <summary>The request as accepted.</summary>
    [Id(3)] public required SweepRequest Request { get; init; }

    /// <summary>Lifecycle state.</summary>
    [Id(4)] public required SweepState State { get; init; }

    /// <summary>The base recipe's strategy.</summary>
    [Id(5)] public required string Strategy { get; init; }

    /// <summary>The swept parameters, in spec order.</summary>
    [Id(6)] public required IReadOnlyList<string> Parameters { get; init; }

    /// <summary>Children counted by state.</summary>
    [Id(7)] public required SweepProgress Progress { get; init; }

    /// <summary>When the sweep was accepted.</summary>
    [Id(8)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its first child started.</summary>
    [Id(9)] public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it reached a final state.</summary>
    [Id(10)] public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why it stopped, in a sentence.</summary>
    [Id(11)] public string? Reason { get; init; }

    /// <summary>The last contest ranked in-sample when part of the range is held out; null otherwise.</summary>
    [Id(12)] public int? InSampleToContest { get; init; }
}

/// <summary>A sweep's children by state; <see cref="Completed"/> counts bankrupt children too (they have results).</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepProgress.v1")]
public sealed record SweepProgress(
    [property: Id(0)] int Total,
    [property: Id(1)] int Pending,
    [property: Id(2)] int Running,
    [property: Id(3)] int Completed,
    [property: Id(4)] int Failed,
    [property: Id(5)] int Cancelled);
