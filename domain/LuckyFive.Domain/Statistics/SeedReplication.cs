using MathNet.Numerics.Distributions;

namespace LuckyFive.Domain.Statistics;

/// <summary>
/// One recipe run with several seeds: how far its metric moves with the seed alone, and whether there are enough
/// runs to rank it against other recipes (docs/statistics.md, "Seed replication").
/// </summary>
public static class SeedReplication
{
    /// <summary>
    /// Five runs: with four degrees of freedom the t quantile is 2.776 (1.42 × the normal 1.960) and the interval's
    /// half-width 1.24 standard deviations; at three runs they are 4.303 and 2.48, at two 12.71 and 8.99, intervals
    /// too wide to order anything. A sample standard deviation from five runs is also off by about a third
    /// (relative standard error ≈ 1/√(2(n − 1))) rather than a half or more.
    /// </summary>
    public const int DefaultMinimumReplicates = 5;

    /// <summary>
    /// Mean, sample standard deviation (n − 1) and the 95% interval mean ± t(0.975; n − 1)·s/√n of
    /// <paramref name="values"/>, one per seed. With fewer than <paramref name="minimumReplicates"/> values the
    /// recipe is not rankable and has no interval; with fewer than two there is no standard deviation either.
    /// </summary>
    /// <exception cref="ArgumentException">No values, a value that is not finite, or a minimum below 2.</exception>
    public static ReplicationSummary Summarize(IReadOnlyList<double> values, int minimumReplicates = DefaultMinimumReplicates)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumReplicates, 2);
        if (values.Count == 0)
        {
            throw new ArgumentException("A summary needs at least one replicate.", nameof(values));
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            sum += double.IsFinite(value) ? value : throw new ArgumentException($"Replicate values must be finite; got {value}.", nameof(values));
        }

        var n = values.Count;
        var mean = sum / n;
        double? deviation = null;
        if (n >= 2)
        {
            // Two passes: squares of deviations from the mean, not E[x²] − mean², which cancels badly.
            var squares = 0.0;
            foreach (var value in values)
            {
                squares += (value - mean) * (value - mean);
            }

            deviation = Math.Sqrt(squares / (n - 1));
        }

        var rankable = n >= minimumReplicates;
        var halfWidth = rankable ? StudentT.InvCDF(0, 1, n - 1, 0.975) * deviation!.Value / Math.Sqrt(n) : (double?)null;
        return new ReplicationSummary
        {
            Replicates = n,
            MinimumReplicates = minimumReplicates,
            Mean = mean,
            StandardDeviation = deviation,
            Lower95 = mean - halfWidth,
            Upper95 = mean + halfWidth,
        };
    }
}
