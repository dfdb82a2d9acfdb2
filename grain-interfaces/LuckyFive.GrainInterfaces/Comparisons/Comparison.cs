namespace LuckyFive.GrainInterfaces.Comparisons;

/// <summary>A stored comparison: what was compared and, per metric, the ranking, statistics, winner and its tests.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.Comparison.v1")]
public sealed record Comparison
{
    /// <summary>The comparison's id.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>Its name.</summary>
    [Id(1)] public required string Name { get; init; }

    /// <summary>Its description, if any.</summary>
    [Id(2)] public string? Description { get; init; }

    /// <summary>The simulations compared, in the request's order.</summary>
    [Id(3)] public required IReadOnlyList<ComparedSimulation> Simulations { get; init; }

    /// <summary>One entry per metric, in the request's order.</summary>
    [Id(4)] public required IReadOnlyList<MetricComparison> Metrics { get; init; }

    /// <summary>How many tests Holm's correction counted: every test of every metric of this comparison.</summary>
    [Id(5)] public required int TestsMade { get; init; }

    /// <summary>The level an adjusted p-value must be below to call a difference significant.</summary>
    [Id(6)] public required double Alpha { get; init; }

    /// <summary>When it was computed.</summary>
    [Id(7)] public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A compared simulation: what it ran.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ComparedSimulation.v1")]
public sealed record ComparedSimulation
{
    /// <summary>The simulation's id.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>Its strategy.</summary>
    [Id(1)] public required string Strategy { get; init; }

    /// <summary>Its seed.</summary>
    [Id(2)] public required ulong Seed { get; init; }

    /// <summary>First contest replayed.</summary>
    [Id(3)] public required int FromContest { get; init; }

    /// <summary>Last contest replayed.</summary>
    [Id(4)] public required int ToContest { get; init; }

    /// <summary>Contests replayed.</summary>
    [Id(5)] public required int Contests { get; init; }

    /// <summary>When it was created.</summary>
    [Id(6)] public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One metric across the compared simulations.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.MetricComparison.v1")]
public sealed record MetricComparison
{
    /// <summary>The metric's name.</summary>
    [Id(0)] public required string Metric { get; init; }

    /// <summary>Whether higher values rank first.</summary>
    [Id(1)] public required bool HigherIsBetter { get; init; }

    /// <summary>Every simulation in the request's order with its value, rank and percentile (null when it has no value).</summary>
    [Id(2)] public required IReadOnlyList<MetricStanding> Rankings { get; init; }

    /// <summary>Count, mean, median, standard deviation, min and max of the values; null when no simulation has one.</summary>
    [Id(3)] public MetricStatistics? Statistics { get; init; }

    /// <summary>The simulation ranked first (the earliest in the request among equals); null when none has a value.</summary>
    [Id(4)] public string? Winner { get; init; }

    /// <summary>How many simulations share the best value.</summary>
    [Id(5)] public required int TiedAtBest { get; init; }

    /// <summary>
    /// Whether the winner differs significantly from every other ranked simulation after Holm's correction; null when
    /// the metric is not tested (see <see cref="NotTestedReason"/>).
    /// </summary>
    [Id(6)] public bool? WinnerSignificant { get; init; }

    /// <summary>The winner against each other ranked simulation, best ranked first.</summary>
    [Id(7)] public required IReadOnlyList<PairTest> Tests { get; init; }

    /// <summary>Why the metric has no tests, when it has none.</summary>
    [Id(8)] public string? NotTestedReason { get; init; }
}

/// <summary>One simulation's place on one metric.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.MetricStanding.v1")]
public sealed record MetricStanding
{
    /// <summary>The simulation.</summary>
    [Id(0)] public required string SimulationId { get; init; }

    /// <summary>Its value; null when its summary cannot give one (money when prizes are unknown).</summary>
    [Id(1)] public double? Value { get; init; }

    /// <summary>1 = best; equal values share the lowest rank of their places.</summary>
    [Id(2)] public int? Rank { get; init; }

    /// <summary>0..100: the share of the other ranked simulations it beats, counting a tie as half.</summary>
    [Id(3)] public double? Percentile { get; init; }
}

/// <summary>The values of one metric across the ranked simulations.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.MetricStatistics.v1")]
public sealed record MetricStatistics
{
    /// <summary>Simulations with a value.</summary>
    [Id(0)] public required int Count { get; init; }

    /// <summary>Mean.</summary>
    [Id(1)] public required double Mean { get; init; }

    /// <summary>Median (the mean of the middle two for an even count).</summary>
    [Id(2)] public required double Median { get; init; }

    /// <summary>Sample standard deviation (n − 1); null with one value.</summary>
    [Id(3)] public double? StandardDeviation { get; init; }

    /// <summary>Smallest value.</summary>
    [Id(4)] public required double Min { get; init; }

    /// <summary>Largest value.</summary>
    [Id(5)] public required double Max { get; init; }
}

/// <summary>The winner against one other simulation on the metric's per-contest figure (docs/statistics.md).</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.PairTest.v1")]
public sealed record PairTest
{
    /// <summary>The simulation the winner is tested against.</summary>
    [Id(0)] public required string SimulationId { get; init; }

    /// <summary><c>paired_t</c> over the same contests, else <c>welch_t</c>.</summary>
    [Id(1)] public required string Method { get; init; }

    /// <summary>The per-contest figure tested.</summary>
    [Id(2)] public required string Figure { get; init; }

    /// <summary>Pairs (paired) or contests of both (Welch) the test used.</summary>
    [Id(3)] public required int Contests { get; init; }

    /// <summary>Mean per-contest figure of the winner minus the other's.</summary>
    [Id(4)] public required double MeanDifference { get; init; }

    /// <summary>The t statistic; null when the differences have no spread.</summary>
    [Id(5)] public double? T { get; init; }

    /// <summary>Degrees of freedom.</summary>
    [Id(6)] public required double DegreesOfFreedom { get; init; }

    /// <summary>Two-sided p-value of this test alone.</summary>
    [Id(7)] public required double PValue { get; init; }

    /// <summary>Holm-adjusted over every test of the comparison.</summary>
    [Id(8)] public required double AdjustedPValue { get; init; }

    /// <summary>Adjusted p-value below the comparison's alpha.</summary>
    [Id(9)] public required bool Significant { get; init; }
}
