namespace LuckyFive.GrainInterfaces.Sweeps;

/// <summary>What a sweep runs: a sweep spec (docs/recipes.md) over a contest range, and how many children run at once.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepRequest.v1")]
public sealed record SweepRequest
{
    /// <summary>Children running at once unless the request says otherwise.</summary>
    public const int DefaultConcurrency = 4;

    /// <summary>The most children a sweep runs at once.</summary>
    public const int MaxConcurrency = 32;

    /// <summary>The most children one sweep has; larger searches are split into several sweeps.</summary>
    public const int MaxChildren = 10_000;

    /// <summary>The largest share of the range a sweep may hold out.</summary>
    public const double MaxHoldout = 0.5;

    /// <summary>The sweep spec JSON (version 1): base recipe, swept parameters, constraints, samples, replicates, cap.</summary>
    [Id(0)] public required string SpecJson { get; init; }

    /// <summary>First contest every child replays.</summary>
    [Id(1)] public required int FromContest { get; init; }

    /// <summary>Last contest every child replays.</summary>
    [Id(2)] public required int ToContest { get; init; }

    /// <summary>Children running at once, 1..<see cref="MaxConcurrency"/>.</summary>
    [Id(3)] public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>
    /// The share of the contest range, at its end, held out: children are ranked on the contests before it and the
    /// best is judged on it. 0 holds nothing out.
    /// </summary>
    [Id(4)] public double Holdout { get; init; }

    /// <summary>Contests per batch of each child.</summary>
    [Id(5)] public int BatchSize { get; init; } = 50;

    /// <summary>The saved sweep config the spec came from, if any (for listing only).</summary>
    [Id(6)] public string? SweepConfigId { get; init; }

    /// <summary>The problems of the run settings (concurrency, holdout), which need neither the spec nor the draws.</summary>
    public static IEnumerable<Simulations.SpecError> CheckSettings(int concurrency, double holdout)
    {
        if (concurrency is < 1 or > MaxConcurrency)
        {
            yield return new("concurrency", $"must be 1 to {MaxConcurrency}, got {concurrency}");
        }

        if (!double.IsFinite(holdout) || holdout is < 0 or > MaxHoldout)
        {
            yield return new("holdout", $"must be a share of the range from 0 to {MaxHoldout}, got {holdout}");
        }
    }
}

/// <summary>What became of a sweep submission.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepSubmitResult.v1")]
public sealed record SweepSubmitResult
{
    /// <summary>Accepted, invalid or conflicting (the id holds another request).</summary>
    [Id(0)] public required Simulations.SubmitOutcome Outcome { get; init; }

    /// <summary>Every problem found, when invalid: fields of the request, the spec's as <c>spec.&lt;path&gt;</c>.</summary>
    [Id(1)] public IReadOnlyList<Simulations.SpecError> Errors { get; init; } = [];

    /// <summary>The sweep's status, when accepted or conflicting.</summary>
    [Id(2)] public SweepStatus? Status { get; init; }
}
