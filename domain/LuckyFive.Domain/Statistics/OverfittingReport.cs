namespace LuckyFive.Domain.Statistics;

/// <summary>
/// The probability of backtest overfitting and what lies behind it (<see cref="BacktestOverfitting.Estimate"/>).
/// Performance figures are per contest, in the unit of the matrix passed in, for the child picked in sample.
/// </summary>
public sealed record OverfittingReport
{
    /// <summary>PBO: the share of splits where the in-sample winner ranks at or below the out-of-sample median (λ ≤ 0).</summary>
    public required double Probability { get; init; }

    /// <summary>C(S, S/2): every way of taking half the blocks as the in-sample part.</summary>
    public required int Splits { get; init; }

    public required int Blocks { get; init; }

    public required int Children { get; init; }

    public required int Contests { get; init; }

    /// <summary>The mean of λ over the splits: below 0 the winner tends to fall below the median out of sample.</summary>
    public required double MeanLogit { get; init; }

    /// <summary>λ counted in unit bins from −3 to 3, open at both ends; the bins below 0 add up to the overfit splits.</summary>
    public required IReadOnlyList<LogitBin> LogitHistogram { get; init; }

    /// <summary>The in-sample winner's mean per-contest performance in sample, averaged over the splits.</summary>
    public required double MeanInSamplePerformance { get; init; }

    /// <summary>The same child's mean per-contest performance out of sample, averaged over the splits.</summary>
    public required double MeanOutOfSamplePerformance { get; init; }

    /// <summary>In-sample minus out-of-sample: how much of the winner's edge does not survive the other half.</summary>
    public double PerformanceDegradation => MeanInSamplePerformance - MeanOutOfSamplePerformance;

    /// <summary>The share of splits where the in-sample winner's out-of-sample performance is below 0 (for excess hits: below chance).</summary>
    public required double OutOfSampleLossProbability { get; init; }

    // Records compare lists by reference; two reports are equal when every figure and bin is.
    public bool Equals(OverfittingReport? other) =>
        other is not null
        && Probability.Equals(other.Probability)
        && Splits == other.Splits
        && Blocks == other.Blocks
        && Children == other.Children
        && Contests == other.Contests
        && MeanLogit.Equals(other.MeanLogit)
        && LogitHistogram.SequenceEqual(other.LogitHistogram)
        && MeanInSamplePerformance.Equals(other.MeanInSamplePerformance)
        && MeanOutOfSamplePerformance.Equals(other.MeanOutOfSamplePerformance)
        && OutOfSampleLossProbability.Equals(other.OutOfSampleLossProbability);

    public override int GetHashCode() => HashCode.Combine(Probability, Splits, Children, Contests, MeanLogit);
}
