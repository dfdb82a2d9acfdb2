namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Ranks a few values, best first, and describes them (docs/api.md, "Comparisons"). Ties share a rank, the lowest
/// of the places they fill (1, 2, 2, 4), so the order the values come in never changes a rank.
/// </summary>
public static class Standings
{
    /// <summary>
    /// Each value's rank (1 = best) and percentile among the values present: 100 × (values strictly worse + half the
    /// other values equal to it) / (present − 1), so the best alone has 100, the worst alone 0 and a tie in the
    /// middle; a single value has 100. A null value is not ranked.
    /// </summary>
    public static Standing?[] Rank(IReadOnlyList<double?> values, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var standings = new Standing?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            var better = present.Count(v => higherIsBetter ? v > value : v < value);
            var worse = present.Count(v => higherIsBetter ? v < value : v > value);
            var tiedOthers = present.Length - better - worse - 1;
            var percentile = present.Length == 1 ? 100 : 100.0 * (worse + tiedOthers / 2.0) / (present.Length - 1);
            standings[i] = new Standing(better + 1, percentile);
        }

        return standings;
    }

    /// <summary>Count, mean, median, sample standard deviation (n − 1; null for one value), min and max.</summary>
    /// <exception cref="ArgumentException">No values, or a value that is not finite.</exception>
    public static Description Describe(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A description needs at least one value.", nameof(values));
        }

        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Values must be finite.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var mean = sorted.Average();
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        double? deviation = n < 2 ? null : Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        return new Description(n, mean, median, deviation, sorted[0], sorted[^1]);
    }
}

/// <summary>A value's rank (1 = best, ties share the lowest) and percentile (0..100) among the values ranked.</summary>
public sealed record Standing(int Rank, double Percentile);

/// <summary>What <see cref="Standings.Describe"/> tells about a few values.</summary>
public sealed record Description(int Count, double Mean, double Median, double? StandardDeviation, double Min, double Max);
