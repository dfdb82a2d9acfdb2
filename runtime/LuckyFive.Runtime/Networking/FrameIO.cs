using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;

namespace LuckyFive.Runtime;

/// <summary>Frames on a stream: a 4-byte little-endian length, then that many bytes.</summary>
internal static class FrameIO
{
    public static void Write(PipeWriter writer, ReadOnlySpan<byte> payload)
    {
        var span = writer.GetSpan(4 + payload.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span, payload.Length);
        payload.CopyTo(span[4..]);
        writer.Advance(4 + payload.Length);
    }

    /// <summary>Reads one frame; null at a clean end of stream. Lengths outside 1..<paramref name="maxBytes"/> are malformed.</summary>
    public static async ValueTask<byte[]?> ReadAsync(PipeReader reader, int maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (TryTake(ref buffer, maxBytes, out var frame))
            {
                reader.AdvanceTo(buffer.Start);
                return frame;
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return buffer.IsEmpty ? null : throw new MalformedFrameException("The connection closed in the middle of a frame.");
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool TryTake(ref ReadOnlySequence<byte> buffer, int maxBytes, out byte[] frame)
    {
        frame = [];
        if (buffer.Length < 4)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(header);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 1 || length > maxBytes)
        {
            throw new MalformedFrameException($"Frame length {length} is outside 1..{maxBytes}.");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        frame = buffer.Slice(4, length).ToArray();
        buffer = buffer.Slice(4 + length);
        return true;
    }
}
