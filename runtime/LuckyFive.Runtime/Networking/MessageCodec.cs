using System.Buffers;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The binary form of a <see cref="Message"/> inside a frame (docs in runtime/README.md, "Wire format"): a format
/// version, then every header in a fixed order, then the body. Only fields meant to cross a transport are written.
/// </summary>
internal static class MessageCodec
{
    public const byte FormatVersion = 1;

    private const byte Absent = 0;
    private const byte Present = 1;

    public static void Write(IBufferWriter<byte> output, Message message)
    {
        var writer = new WireWriter(output);
        writer.Byte(FormatVersion);
        writer.Byte((byte)message.Kind);
        writer.Int64(message.Id);
        WriteSilo(ref writer, message.Sender);
        WriteSilo(ref writer, message.TargetSilo);
        writer.String(message.TargetGrain.Type);
        writer.String(message.TargetGrain.Key);
        WriteGrain(ref writer, message.SendingGrain);
        writer.String(message.InterfaceName);
        writer.Int32(message.MethodId);
        writer.Int64(message.CallChainId);
        writer.Int32(message.ForwardCount);
        writer.Bool(message.IsCancellable);
        writer.Byte((byte)message.Status);
        WriteSilo(ref writer, message.HandledBy);
        writer.Bytes(message.Body);
        writer.Bytes(message.RequestContextBody);
        writer.String(message.SystemPayload);
    }

    public static Message Read(ReadOnlySpan<byte> frame)
    {
        var reader = new WireReader(frame);
        var version = reader.Byte();
        if (version != FormatVersion)
        {
            throw new MalformedFrameException($"Message format {version} is not supported (this silo speaks {FormatVersion}).");
        }

        var kind = reader.Byte();
        if (!Enum.IsDefined((MessageKind)kind))
        {
            throw new MalformedFrameException($"Message kind {kind} is unknown.");
        }

        var message = new Message
        {
            Kind = (MessageKind)kind,
            Id = reader.Int64(),
            Sender = ReadSilo(ref reader) ?? throw new MalformedFrameException("A message must name its sender."),
            TargetSilo = ReadSilo(ref reader),
            TargetGrain = new GrainId(reader.String() ?? "", reader.String() ?? ""),
            SendingGrain = ReadGrain(ref reader),
            InterfaceName = reader.String(),
            MethodId = reader.Int32(),
            CallChainId = reader.Int64(),
            ForwardCount = reader.Int32(),
            IsCancellable = reader.Bool(),
            Status = ReadStatus(ref reader),
            HandledBy = ReadSilo(ref reader),
            Body = reader.Bytes(),
            RequestContextBody = reader.Bytes(),
            SystemPayload = reader.String(),
        };
        return reader.AtEnd ? message : throw new MalformedFrameException("The frame has bytes after the message.");
    }

    private static ResponseStatus ReadStatus(ref WireReader reader)
    {
        var status = reader.Byte();
        return Enum.IsDefined((ResponseStatus)status) ? (ResponseStatus)status : throw new MalformedFrameException($"Response status {status} is unknown.");
    }

    private static void WriteSilo(ref WireWriter writer, SiloAddress? silo)
    {
        if (silo is null)
        {
            writer.Byte(Absent);
            return;
        }

        writer.Byte(Present);
        writer.String(silo.Endpoint);
        writer.Int32(silo.Generation);
    }

    private static SiloAddress? ReadSilo(ref WireReader reader) => ReadPresence(ref reader)
        ? new SiloAddress(reader.RequiredString(), reader.Int32())
        : null;

    private static void WriteGrain(ref WireWriter writer, GrainId? grain)
    {
        if (grain is not { } id)
        {
            writer.Byte(Absent);
            return;
        }

        writer.Byte(Present);
        writer.String(id.Type);
        writer.String(id.Key);
    }

    private static GrainId? ReadGrain(ref WireReader reader) => ReadPresence(ref reader)
        ? new GrainId(reader.RequiredString(), reader.RequiredString())
        : null;

    private static bool ReadPresence(ref WireReader reader) => reader.Byte() switch
    {
        Absent => false,
        Present => true,
        var other => throw new MalformedFrameException($"Byte {other} is not a presence flag."),
    };
}
