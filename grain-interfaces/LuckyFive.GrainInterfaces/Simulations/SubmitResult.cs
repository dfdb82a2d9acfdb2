namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>What became of a submission.</summary>
public enum SubmitOutcome
{
    /// <summary>Accepted (or the same spec was already accepted under this id).</summary>
    Accepted = 0,

    /// <summary>The spec is invalid; see the errors.</summary>
    Invalid = 1,

    /// <summary>The id already holds a different spec.</summary>
    Conflict = 2,
}

/// <summary>One problem with a submitted spec: the field at fault and what is allowed.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SpecError.v1")]
public sealed record SpecError([property: Id(0)] string Field, [property: Id(1)] string Reason);

/// <summary>The answer to <see cref="ISimulationGrain.SubmitAsync"/>.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SubmitResult.v1")]
public sealed record SubmitResult
{
    /// <summary>Accepted, invalid or conflicting.</summary>
    [Id(0)] public required SubmitOutcome Outcome { get; init; }

    /// <summary>Every problem found, when invalid.</summary>
    [Id(1)] public IReadOnlyList<SpecError> Errors { get; init; } = [];

    /// <summary>The simulation's status, when accepted or conflicting.</summary>
    [Id(2)] public SimulationStatus? Status { get; init; }
}
