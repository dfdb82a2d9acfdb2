using LuckyFive.Domain;
using LuckyFive.Domain.Draws;
using LuckyFive.GrainInterfaces.Draws;

namespace LuckyFive.Grains.Draws;

/// <summary>Frequencies, gaps and pair counts of the numbers over a span of a history's draws.</summary>
internal static class DrawStatistics
{
    /// <summary>How many of the most frequent pairs are reported.</summary>
    public const int TopPairCount = 20;

    /// <summary>Statistics of the draws at indexes <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public static DrawStats Compute(long version, DrawHistory history, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(history);
        start = Math.Max(start, 0);
        end = Math.Clamp(end, start, history.Count);
        var frequency = new int[Quina.MaxNumber + 1];
        var pairs = new int[(Quina.MaxNumber + 1) * (Quina.MaxNumber + 1)];
        Span<int> numbers = stackalloc int[Quina.NumbersDrawn];
        for (var i = start; i < end; i++)
        {
            var count = history.Draws[i].Numbers.CopyTo(numbers);
            for (var a = 0; a < count; a++)
            {
                frequency[numbers[a]]++;
                for (var b = a + 1; b < count; b++)
                {
                    pairs[(numbers[a] * (Quina.MaxNumber + 1)) + numbers[b]]++;
                }
            }
        }

        var (lastContest, gap) = Gaps(history, end);
        var stats = new NumberStat[Quina.MaxNumber];
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            stats[n - 1] = new NumberStat(n, frequency[n], lastContest[n], gap[n]);
        }

        return new DrawStats(
            version,
            end > start ? history.Draws[start].Contest : 0,
            end > start ? history.Draws[end - 1].Contest : 0,
            end - start,
            stats,
            TopPairs(pairs));
    }

    /// <summary>Looking back from the draw before <paramref name="end"/>, where each number was last drawn and how many draws ago.</summary>
    private static (int?[] LastContest, int?[] Gap) Gaps(DrawHistory history, int end)
    {
        var lastContest = new int?[Quina.MaxNumber + 1];
        var gap = new int?[Quina.MaxNumber + 1];
        var found = 0;
        Span<int> numbers = stackalloc int[Quina.NumbersDrawn];
        for (var i = end - 1; i >= 0 && found < Quina.MaxNumber; i--)
        {
            var draw = history.Draws[i];
            var count = draw.Numbers.CopyTo(numbers);
            foreach (var n in numbers[..count])
            {
                if (lastContest[n] is null)
                {
                    lastContest[n] = draw.Contest;
                    gap[n] = end - 1 - i;
                    found++;
                }
            }
        }

        return (lastContest, gap);
    }

    private static PairStat[] TopPairs(int[] pairs)
    {
        var all = new List<PairStat>();
        for (var a = 1; a <= Quina.MaxNumber; a++)
        {
            for (var b = a + 1; b <= Quina.MaxNumber; b++)
            {
                if (pairs[(a * (Quina.MaxNumber + 1)) + b] is > 0 and var count)
                {
                    all.Add(new PairStat(a, b, count));
                }
            }
        }

        return [.. all.OrderByDescending(p => p.Count).ThenBy(p => p.First).ThenBy(p => p.Second).Take(TopPairCount)];
    }
}
