using System.Numerics;
using System.Text;

namespace LuckyFive.Domain.Draws;

/// <summary>
/// A set of Quina numbers (1..80) as an 80-bit mask: bit n-1 stands for number n.
/// Hit counting is two ANDs and two popcounts, which is what keeps the engine fast.
/// </summary>
public readonly record struct NumberSet(ulong Low, ulong High)
{
    private const int LowBits = 64;

    public static NumberSet Empty => default;

    public static NumberSet Of(params ReadOnlySpan<int> numbers)
    {
        var set = Empty;
        foreach (var n in numbers)
        {
            set = set.With(n);
        }

        return set;
    }

    public int Count => BitOperations.PopCount(Low) + BitOperations.PopCount(High);

    public bool IsEmpty => (Low | High) == 0;

    public bool Contains(int number)
    {
        var bit = number - 1;
        return bit < LowBits ? (Low >> bit & 1) != 0 : (High >> (bit - LowBits) & 1) != 0;
    }

    public NumberSet With(int number)
    {
        EnsureInRange(number);
        var bit = number - 1;
        return bit < LowBits ? new NumberSet(Low | 1UL << bit, High) : new NumberSet(Low, High | 1UL << (bit - LowBits));
    }

    public NumberSet Without(int number)
    {
        EnsureInRange(number);
        var bit = number - 1;
        return bit < LowBits ? new NumberSet(Low & ~(1UL << bit), High) : new NumberSet(Low, High & ~(1UL << (bit - LowBits)));
    }

    /// <summary>How many numbers the two sets share: a ticket's hits against a draw.</summary>
    public int CountCommon(NumberSet other) =>
        BitOperations.PopCount(Low & other.Low) + BitOperations.PopCount(High & other.High);

    public NumberSet Union(NumberSet other) => new(Low | other.Low, High | other.High);

    public NumberSet Intersect(NumberSet other) => new(Low & other.Low, High & other.High);

    /// <summary>Writes the numbers in ascending order; returns how many were written.</summary>
    public int CopyTo(Span<int> destination)
    {
        var written = 0;
        for (var bits = Low; bits != 0; bits &= bits - 1)
        {
            destination[written++] = BitOperations.TrailingZeroCount(bits) + 1;
        }

        for (var bits = High; bits != 0; bits &= bits - 1)
        {
            destination[written++] = BitOperations.TrailingZeroCount(bits) + LowBits + 1;
        }

        return written;
    }

    /// <summary>The <paramref name="index"/>-th smallest number in the set (0-based).</summary>
    public int NumberAt(int index)
    {
        var lowCount = BitOperations.PopCount(Low);
        var (bits, offset) = index < lowCount ? (Low, 1) : (High, LowBits + 1);
        var skip = index < lowCount ? index : index - lowCount;
        for (var i = 0; i < skip; i++)
        {
            bits &= bits - 1;
        }

        return bits == 0
            ? throw new ArgumentOutOfRangeException(nameof(index), index, "The set has fewer numbers.")
            : BitOperations.TrailingZeroCount(bits) + offset;
    }

    public NumberSet Except(NumberSet other) => new(Low & ~other.Low, High & ~other.High);

    public int[] ToArray()
    {
        var numbers = new int[Count];
        CopyTo(numbers);
        return numbers;
    }

    public override string ToString()
    {
        var builder = new StringBuilder("[");
        Span<int> numbers = stackalloc int[Quina.MaxNumber];
        var count = CopyTo(numbers);
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(numbers[i]);
        }

        return builder.Append(']').ToString();
    }

    private static void EnsureInRange(int number)
    {
        if (number is < 1 or > Quina.MaxNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Quina numbers are 1..{Quina.MaxNumber}.");
        }
    }
}
