using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.GrainInterfaces.Comparisons;

/// <summary>
/// One comparison, keyed by its id: computed once from finished simulations and stored, then read as stored. A local
/// worker on whichever silo takes the call does the work; the stored row is the only state.
/// </summary>
[Alias("luckyfive.IComparisonGrain")]
public interface IComparisonGrain : IGrainWithStringKey
{
    /// <summary>
    /// Checks the request, computes the comparison and stores it under this grain's id. Creating an id that already
    /// holds a comparison answers the stored one.
    /// </summary>
    [Alias("Create")]
    Task<ComparisonResult> CreateAsync(ComparisonRequest request);

    /// <summary>The stored comparison; null when none has this id.</summary>
    [Alias("Get")]
    Task<Comparison?> GetAsync();
}

/// <summary>What to compare: 2..50 completed simulations on some metrics, with a name to find it by.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ComparisonRequest.v1")]
public sealed record ComparisonRequest
{
    /// <summary>The fewest simulations a comparison takes.</summary>
    public const int MinSimulations = 2;

    /// <summary>The most simulations a comparison takes.</summary>
    public const int MaxSimulations = 50;

    /// <summary>The metrics compared when the request names none.</summary>
    public static IReadOnlyList<string> DefaultMetrics { get; } = ["roi", "mean_hits_per_ticket"];

    /// <summary>A name, 1..200 characters; null names it after its simulations' count.</summary>
    [Id(0)] public string? Name { get; init; }

    /// <summary>Free text, at most 2,000 characters.</summary>
    [Id(1)] public string? Description { get; init; }

    /// <summary>The simulations, each once, in the order the answer lists them.</summary>
    [Id(2)] public required IReadOnlyList<string> SimulationIds { get; init; }

    /// <summary>Metric names of <see cref="SimulationMetrics"/>; empty takes <see cref="DefaultMetrics"/>.</summary>
    [Id(3)] public IReadOnlyList<string> Metrics { get; init; } = [];
}

/// <summary>What became of a comparison request.</summary>
public enum ComparisonOutcome
{
    /// <summary>Computed and stored (or already stored under this id).</summary>
    Created = 0,

    /// <summary>The request is invalid: see the errors (bad counts, unknown metrics or simulations).</summary>
    Invalid = 1,

    /// <summary>Some simulations are not completed yet: see the errors.</summary>
    NotCompleted = 2,
}

/// <summary>The answer to <see cref="IComparisonGrain.CreateAsync"/>.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ComparisonResult.v1")]
public sealed record ComparisonResult
{
    /// <summary>Created, invalid or waiting on simulations.</summary>
    [Id(0)] public required ComparisonOutcome Outcome { get; init; }

    /// <summary>Every problem found, by the request's field (<c>simulation_ids[2]</c>).</summary>
    [Id(1)] public IReadOnlyList<SpecError> Errors { get; init; } = [];

    /// <summary>The comparison, when created.</summary>
    [Id(2)] public Comparison? Comparison { get; init; }
}
