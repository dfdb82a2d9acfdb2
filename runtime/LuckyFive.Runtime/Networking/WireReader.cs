using System.Buffers.Binary;
using System.Text;

namespace LuckyFive.Runtime;

/// <summary>
/// Reads what <see cref="WireWriter"/> wrote, checking every length against what is left: any inconsistency is a
/// <see cref="MalformedFrameException"/>, never an out-of-range read or an oversized allocation.
/// </summary>
internal ref struct WireReader(ReadOnlySpan<byte> data)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position == _data.Length;

    public byte Byte() => Take(1)[0];

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new MalformedFrameException($"Byte {other} is not a boolean."),
    };

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public string? String()
    {
        var length = Length();
        if (length < 0)
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(Take(length));
        }
        catch (DecoderFallbackException e)
        {
            throw new MalformedFrameException("A string is not valid UTF-8.", e);
        }
    }

    public string RequiredString() => String() ?? throw new MalformedFrameException("A required string is missing.");

    public byte[]? Bytes()
    {
        var length = Length();
        return length < 0 ? null : Take(length).ToArray();
    }

    private int Length()
    {
        var length = Int32();
        if (length < -1 || length > _data.Length - _position)
        {
            throw new MalformedFrameException($"Length {length} does not fit in the {_data.Length - _position} bytes left.");
        }

        return length;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new MalformedFrameException($"The frame ends {count - (_data.Length - _position)} bytes early.");
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }
}
