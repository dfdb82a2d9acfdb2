using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies;

/// <summary>
/// Samples numbers 1..80 in proportion to non-negative weights in O(1) with Walker's alias method: one 64-bit
/// draw picks a column (high 32 bits) and decides between the column's number and its alias (low 32 bits).
/// The table is built by one fixed procedure, so the same weights always sample the same way.
/// </summary>
internal sealed class WeightedSampler
{
    private const int Size = Quina.MaxNumber;
    private const double TwoToThe32 = 4294967296.0;

    private readonly double[] _weights = new double[Size + 1];
    private readonly uint[] _threshold = new uint[Size];
    private readonly byte[] _alias = new byte[Size];
    private readonly double[] _scaled = new double[Size];
    private readonly int[] _small = new int[Size];
    private readonly int[] _large = new int[Size];
    private double _total;

    /// <summary>Loads weights indexed by number; if all are zero the sampler is uniform.</summary>
    public void Load(ReadOnlySpan<double> weightsByNumber)
    {
        _total = 0;
        for (var n = 1; n <= Size; n++)
        {
            _weights[n] = Math.Max(0, weightsByNumber[n]);
            _total += _weights[n];
        }

        if (_total <= 0)
        {
            Array.Fill(_weights, 1.0, 1, Size);
            _total = Size;
        }

        BuildAliasTable();
    }

    public int Sample(DeterministicRandom random)
    {
        var bits = random.NextUInt64();
        var column = (int)(((bits >> 32) * Size) >> 32);
        return ((uint)bits < _threshold[column] ? column : _alias[column]) + 1;
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
        for (var n = 1; n <= Size; n++)
        {
            total += excluded.Contains(n) ? 0 : _weights[n];
        }

        var target = random.NextDouble() * total;
        var last = 0;
        for (var n = 1; n <= Size; n++)
        {
            if (excluded.Contains(n) || _weights[n] <= 0)
            {
                continue;
            }

            last = n;
            target -= _weights[n];
            if (target < 0)
            {
                return n;
            }
        }

        return last != 0 ? last : FirstNotIn(excluded);
    }

    private static int FirstNotIn(NumberSet excluded)
    {
        for (var n = 1; n <= Size; n++)
        {
            if (!excluded.Contains(n))
            {
                return n;
            }
        }

        throw new InvalidOperationException("Every number is excluded.");
    }

    /// <summary>Vose's construction: columns below the mean borrow from columns above it, in index order.</summary>
    private void BuildAliasTable()
    {
        int smallCount = 0, largeCount = 0;
        for (var i = 0; i < Size; i++)
        {
            _scaled[i] = _weights[i + 1] * Size / _total;
            _alias[i] = (byte)i;
            if (_scaled[i] < 1)
            {
                _small[smallCount++] = i;
            }
            else
            {
                _large[largeCount++] = i;
            }
        }

        while (smallCount > 0 && largeCount > 0)
        {
            var small = _small[--smallCount];
            var large = _large[largeCount - 1];
            _threshold[small] = ToThreshold(_scaled[small]);
            _alias[small] = (byte)large;
            _scaled[large] = _scaled[large] + _scaled[small] - 1;
            if (_scaled[large] < 1)
            {
                largeCount--;
                _small[smallCount++] = large;
            }
        }

        // What remains is 1 up to rounding: those columns always keep their own number.
        while (largeCount > 0)
        {
            _threshold[_large[--largeCount]] = uint.MaxValue;
        }

        while (smallCount > 0)
        {
            _threshold[_small[--smallCount]] = uint.MaxValue;
        }
    }

    private static uint ToThreshold(double probability) =>
        probability >= 1 ? uint.MaxValue : (uint)(probability * TwoToThe32);
}
