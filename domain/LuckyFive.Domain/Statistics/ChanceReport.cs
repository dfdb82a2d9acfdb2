namespace LuckyFive.Domain.Statistics;

/// <summary>
/// How a run's hits compare with chance (docs/statistics.md). Histograms are indexed by hits 0..5.
/// The decision rule is the z test: <see cref="BeatsChanceAt5Percent"/> is true iff <see cref="OneSidedPValue"/> &lt; 0.05.
/// The chi-square test is a descriptive check of the histogram's shape (it treats tickets as independent).
/// </summary>
public sealed record ChanceReport
{
    public required long Contests { get; init; }

    public required long Tickets { get; init; }

    /// <summary>Tickets expected at each hit count for uniform random draws (hypergeometric).</summary>
    public required IReadOnlyList<double> ExpectedHistogram { get; init; }

    /// <summary>Tickets observed at each hit count.</summary>
    public required IReadOnlyList<long> ObservedHistogram { get; init; }

    public required double ChiSquare { get; init; }

    public required int ChiSquareDegreesOfFreedom { get; init; }

    /// <summary>Null when fewer than two bins remain after merging (too few tickets to test the shape).</summary>
    public required double? ChiSquarePValue { get; init; }

    public required IReadOnlyList<ChiSquareBin> ChiSquareBins { get; init; }

    public required double MeanHitsPerTicket { get; init; }

    /// <summary>95% confidence interval for the mean hits per ticket; null with fewer than two contests.</summary>
    public required double? MeanHitsLower95 { get; init; }

    public required double? MeanHitsUpper95 { get; init; }

    /// <summary>Mean hits per ticket expected by chance (k/16 for k-number tickets).</summary>
    public required double NullMeanHitsPerTicket { get; init; }

    public required long ObservedHits { get; init; }

    public required double ExpectedHits { get; init; }

    /// <summary>Variance of the total hits under the null model, accounting for overlap between a contest's tickets.</summary>
    public required double NullVariance { get; init; }

    public required double Z { get; init; }

    /// <summary>P(total hits ≥ observed | chance), from the normal approximation.</summary>
    public required double OneSidedPValue { get; init; }

    public bool BeatsChanceAt5Percent => OneSidedPValue < 0.05;

    // Records compare lists by reference; reports are equal when every figure is identical (batch-vs-full checks rely on it).
    public bool Equals(ChanceReport? other) =>
        other is not null
        && Contests == other.Contests
        && Tickets == other.Tickets
        && ExpectedHistogram.SequenceEqual(other.ExpectedHistogram)
        && ObservedHistogram.SequenceEqual(other.ObservedHistogram)
        && ChiSquare.Equals(other.ChiSquare)
        && ChiSquareDegreesOfFreedom == other.ChiSquareDegreesOfFreedom
        && Nullable.Equals(ChiSquarePValue, other.ChiSquarePValue)
        && ChiSquareBins.SequenceEqual(other.ChiSquareBins)
        && MeanHitsPerTicket.Equals(other.MeanHitsPerTicket)
        && Nullable.Equals(MeanHitsLower95, other.MeanHitsLower95)
        && Nullable.Equals(MeanHitsUpper95, other.MeanHitsUpper95)
        && NullMeanHitsPerTicket.Equals(other.NullMeanHitsPerTicket)
        && ObservedHits == other.ObservedHits
        && ExpectedHits.Equals(other.ExpectedHits)
        && NullVariance.Equals(other.NullVariance)
        && Z.Equals(other.Z)
        && OneSidedPValue.Equals(other.OneSidedPValue);

    public override int GetHashCode() => HashCode.Combine(Contests, Tickets, ObservedHits, Z);
}
