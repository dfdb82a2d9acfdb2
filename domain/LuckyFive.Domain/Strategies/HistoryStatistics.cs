using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Strategies;

/// <summary>Per-number statistics of a history window. Arrays are indexed by number (1..80; slot 0 unused).</summary>
internal static class HistoryStatistics
{
    /// <summary>How many draws of <paramref name="history"/> contain each number.</summary>
    public static void Counts(ReadOnlySpan<NumberSet> history, Span<double> counts)
    {
        counts.Clear();
        Span<int> numbers = stackalloc int[Quina.NumbersDrawn];
        foreach (var draw in history)
        {
            var written = draw.CopyTo(numbers);
            for (var i = 0; i < written; i++)
            {
                counts[numbers[i]]++;
            }
        }
    }

    /// <summary>
    /// Recency-weighted appearances: a draw d contests before the newest one weighs exp(−λ·d). The weights are
    /// powers of exp(−λ) multiplied newest to oldest, so the result is one fixed sequence of IEEE operations.
    /// </summary>
    public static void RecencyWeights(ReadOnlySpan<NumberSet> history, double lambda, Span<double> weights)
    {
        weights.Clear();
        var decay = Math.Exp(-lambda);
        var weight = 1.0;
        Span<int> numbers = stackalloc int[Quina.NumbersDrawn];
        for (var i = history.Length - 1; i >= 0; i--)
        {
            var written = history[i].CopyTo(numbers);
            for (var j = 0; j < written; j++)
            {
                weights[numbers[j]] += weight;
            }

            weight *= decay;
        }
    }

    /// <summary>Divides by the largest value so the maximum is 1 (all zero stays zero).</summary>
    public static void NormalizeToMax(Span<double> values)
    {
        var max = 0.0;
        foreach (var value in values)
        {
            max = Math.Max(max, value);
        }

        if (max > 0)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] /= max;
            }
        }
    }
}
