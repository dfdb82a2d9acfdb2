using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies;

/// <summary>Samples numbers 1..80 in proportion to non-negative weights (cumulative table + binary search).</summary>
internal sealed class WeightedSampler
{
    private readonly double[] _cumulative = new double[Quina.MaxNumber + 1];

    /// <summary>Loads weights indexed by number; if all are zero the sampler is uniform.</summary>
    public void Load(ReadOnlySpan<double> weightsByNumber)
    {
        var total = 0.0;
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            total += Math.Max(0, weightsByNumber[n]);
            _cumulative[n] = total;
        }

        if (total <= 0)
        {
            for (var n = 1; n <= Quina.MaxNumber; n++)
            {
                _cumulative[n] = n;
            }
        }
    }

    public int Sample(DeterministicRandom random)
    {
        var target = random.NextDouble() * _cumulative[Quina.MaxNumber];
        var lo = 1;
        var hi = Quina.MaxNumber;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>
    /// A number outside <paramref name="excluded"/>: a few weighted tries, then a weighted pick among the
    /// remaining numbers only (so it terminates even when the excluded numbers carry nearly all the weight).
    /// </summary>
    public int SampleExcluding(DeterministicRandom random, NumberSet excluded)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var number = Sample(random);
            if (!excluded.Contains(number))
            {
                return number;
            }
        }

        var total = 0.0;
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            total += excluded.Contains(n) ? 0 : WeightOf(n);
        }

        var target = random.NextDouble() * total;
        var last = 0;
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            if (excluded.Contains(n))
            {
                continue;
            }

            last = n;
            target -= WeightOf(n);
            if (target < 0)
            {
                return n;
            }
        }

        return last != 0 ? last : throw new InvalidOperationException("Every number is excluded.");
    }

    private double WeightOf(int number) => _cumulative[number] - _cumulative[number - 1];
}
