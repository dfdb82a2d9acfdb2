namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Pearson's chi-square goodness-of-fit of an observed hit histogram against the expected one.
/// Bins are merged from the top (5 hits downwards) into their lower neighbour until every bin expects at least
/// <see cref="MinExpected"/> tickets; a remainder at the bottom that still expects fewer joins the bin above it.
/// </summary>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double? PValue, IReadOnlyList<ChiSquareBin> Bins)
{
    /// <summary>The usual rule for the chi-square approximation to hold.</summary>
    public const double MinExpected = 5;

    /// <summary>
    /// Runs the test. With fewer than two bins left there is nothing to compare: the statistic is 0,
    /// degrees of freedom 0 and the p-value null. No parameters are estimated, so df = bins − 1.
    /// </summary>
    public static ChiSquareTest GoodnessOfFit(IReadOnlyList<long> observed, IReadOnlyList<double> expected)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(expected);
        if (observed.Count != expected.Count || observed.Count == 0)
        {
            throw new ArgumentException("Observed and expected histograms must have the same, non-zero length.", nameof(expected));
        }

        var bins = Merge(observed, expected);
        if (bins.Count < 2)
        {
            return new ChiSquareTest(0, 0, null, bins);
        }

        var statistic = 0.0;
        foreach (var bin in bins)
        {
            var difference = bin.Observed - bin.Expected;
            statistic += difference * difference / bin.Expected;
        }

        var degreesOfFreedom = bins.Count - 1;
        return new ChiSquareTest(statistic, degreesOfFreedom, TailProbabilities.ChiSquareSurvival(statistic, degreesOfFreedom), bins);
    }

    private static List<ChiSquareBin> Merge(IReadOnlyList<long> observed, IReadOnlyList<double> expected)
    {
        var descending = new List<ChiSquareBin>();
        var high = observed.Count - 1;
        long groupObserved = 0;
        var groupExpected = 0.0;
        for (var h = observed.Count - 1; h >= 0; h--)
        {
            groupObserved += observed[h];
            groupExpected += expected[h];
            if (groupExpected >= MinExpected)
            {
                descending.Add(new ChiSquareBin(h, high, groupObserved, groupExpected));
                high = h - 1;
                groupObserved = 0;
                groupExpected = 0;
            }
        }

        if (high >= 0)
        {
            // The bottom remainder expects fewer than MinExpected: fold it into the bin above, or keep it if it is alone.
            if (descending.Count == 0)
            {
                descending.Add(new ChiSquareBin(0, high, groupObserved, groupExpected));
            }
            else
            {
                var above = descending[^1];
                descending[^1] = new ChiSquareBin(0, above.HighHits, above.Observed + groupObserved, above.Expected + groupExpected);
            }
        }

        descending.Reverse();
        return descending;
    }
}
