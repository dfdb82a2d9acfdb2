namespace LuckyFive.GrainInterfaces.Sweeps;

/// <summary>
/// The probability of backtest overfitting of a sweep (docs/statistics.md), estimated from its completed children's
/// stored per-contest results; or, in <see cref="Problem"/>, why it cannot be estimated yet.
/// </summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepOverfitting.v1")]
public sealed record SweepOverfitting
{
    /// <summary>Why there is no estimate (too few completed children or contests); null when there is one.</summary>
    [Id(0)] public string? Problem { get; init; }

    /// <summary>Completed children the estimate uses.</summary>
    [Id(1)] public required int Children { get; init; }

    /// <summary>Children left out: not completed (pending, running, failed, cancelled or bankrupt, whose results stop early).</summary>
    [Id(2)] public required int ChildrenLeftOut { get; init; }

    /// <summary>Contests every used child replayed.</summary>
    [Id(3)] public required int Contests { get; init; }

    /// <summary>S: the contiguous blocks the contests are cut into.</summary>
    [Id(4)] public required int Blocks { get; init; }

    /// <summary>PBO: the share of splits whose in-sample best child ranks at or below the median out of sample.</summary>
    [Id(5)] public double? Probability { get; init; }

    /// <summary>Half/half splits of the blocks tried: C(S, S/2).</summary>
    [Id(6)] public int Splits { get; init; }

    /// <summary>Mean logit of the in-sample best's relative out-of-sample rank; below 0 means it usually falls below the median.</summary>
    [Id(7)] public double? MeanLogit { get; init; }

    /// <summary>The logits' histogram, for plotting.</summary>
    [Id(8)] public IReadOnlyList<SweepLogitBin> LogitHistogram { get; init; } = [];

    /// <summary>The in-sample best's mean excess hits per ticket per contest, in sample.</summary>
    [Id(9)] public double? MeanInSamplePerformance { get; init; }

    /// <summary>The same child's mean excess hits per ticket per contest, out of sample.</summary>
    [Id(10)] public double? MeanOutOfSamplePerformance { get; init; }

    /// <summary>The share of splits where the in-sample best does worse than chance out of sample.</summary>
    [Id(11)] public double? OutOfSampleLossProbability { get; init; }
}

/// <summary>Splits whose logit falls in [<see cref="Lower"/>, <see cref="Upper"/>); an open end is null.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SweepLogitBin.v1")]
public sealed record SweepLogitBin([property: Id(0)] double? Lower, [property: Id(1)] double? Upper, [property: Id(2)] int Splits);
