using System.Buffers.Binary;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Grains.Simulations;

/// <summary>Number sets as stored in <c>contest_results</c>: 16 bytes each, low word then high word, little-endian.</summary>
internal static class ContestRowCodec
{
    private const int SetBytes = 16;

    public static byte[] Encode(ReadOnlySpan<NumberSet> sets)
    {
        var bytes = new byte[sets.Length * SetBytes];
        for (var i = 0; i < sets.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * SetBytes), sets[i].Low);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan((i * SetBytes) + 8), sets[i].High);
        }

        return bytes;
    }

    public static NumberSet[] Decode(ReadOnlySpan<byte> bytes)
    {
        var sets = new NumberSet[bytes.Length / SetBytes];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = new NumberSet(
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * SetBytes)..]),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[((i * SetBytes) + 8)..]));
        }

        return sets;
    }

    public static byte[] EncodeHits(ReadOnlySpan<int> hits)
    {
        var bytes = new byte[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            bytes[i] = checked((byte)hits[i]);
        }

        return bytes;
    }

    public static int[] DecodeHits(ReadOnlySpan<byte> bytes)
    {
        var hits = new int[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            hits[i] = bytes[i];
        }

        return hits;
    }

    public static int[] Numbers(NumberSet set)
    {
        Span<int> numbers = stackalloc int[Domain.Quina.MaxNumber];
        var count = set.CopyTo(numbers);
        return numbers[..count].ToArray();
    }
}
