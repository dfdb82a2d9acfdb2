using System.Buffers;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime.Network.Tests;

public sealed class MessageCodecTests
{
    [Fact]
    public void ReadWrite_EveryHeaderSet_RoundTrips()
    {
        var message = Full();

        var read = MessageCodec.Read(Encode(message));

        Assert.Equal(message.Kind, read.Kind);
        Assert.Equal(message.Id, read.Id);
        Assert.Equal(message.Sender, read.Sender);
        Assert.Equal(message.TargetSilo, read.TargetSilo);
        Assert.Equal(message.TargetGrain, read.TargetGrain);
        Assert.Equal(message.SendingGrain, read.SendingGrain);
        Assert.Equal(message.InterfaceName, read.InterfaceName);
        Assert.Equal(message.MethodId, read.MethodId);
        Assert.Equal(message.CallChainId, read.CallChainId);
        Assert.Equal(message.ForwardCount, read.ForwardCount);
        Assert.Equal(message.IsCancellable, read.IsCancellable);
        Assert.Equal(message.Status, read.Status);
        Assert.Equal(message.HandledBy, read.HandledBy);
        Assert.Equal(message.Body, read.Body);
        Assert.Equal(message.RequestContextBody, read.RequestContextBody);
        Assert.Equal(message.SystemPayload, read.SystemPayload);
    }

    [Fact]
    public void ReadWrite_OptionalHeadersAbsent_RoundTripsAsNull()
    {
        var message = new Message { Kind = MessageKind.Ping, Id = 7, Sender = new SiloAddress("127.0.0.1:1", 1) };

        var read = MessageCodec.Read(Encode(message));

        Assert.Null(read.TargetSilo);
        Assert.Null(read.SendingGrain);
        Assert.Null(read.Body);
        Assert.Null(read.SystemPayload);
        Assert.Equal(MessageKind.Ping, read.Kind);
    }

    [Fact]
    public void Read_RandomlyDamagedFrames_EitherDecodeOrFailAsMalformed()
    {
        var valid = Encode(Full());
        var random = new Random(1234);
        var malformed = 0;
        for (var trial = 0; trial < 20_000; trial++)
        {
            var damaged = Damage(valid, random);
            try
            {
                MessageCodec.Read(damaged);
            }
            catch (MalformedFrameException)
            {
                malformed++;
            }
        }

        Assert.True(malformed > 10_000, $"only {malformed} of 20,000 damaged frames were refused");
    }

    [Theory]
    [InlineData(new byte[] { 2 }, "format 2")]
    [InlineData(new byte[] { 1, 99 }, "kind 99")]
    [InlineData(new byte[] { 1, 0, 1, 2 }, "ends")]
    public void Read_BadFrame_NamesTheProblem(byte[] frame, string expected)
    {
        var error = Assert.Throws<MalformedFrameException>(() => MessageCodec.Read(frame));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LengthBeyondTheFrame_IsRefusedWithoutAllocatingIt()
    {
        var frame = Encode(Full());
        // Corrupt the first string length (sender endpoint) to claim two gigabytes.
        BitConverter.GetBytes(int.MaxValue).CopyTo(frame, 1 + 1 + 8 + 1);

        Assert.Throws<MalformedFrameException>(() => MessageCodec.Read(frame));
    }

    internal static Message Full() => new()
    {
        Kind = MessageKind.Request,
        Id = 1_234_567_890_123,
        Sender = new SiloAddress("10.0.0.1:11111", 42),
        TargetSilo = new SiloAddress("10.0.0.2:11111", 43),
        TargetGrain = GrainId.Create("simulation", "sim-1/batch-9"),
        SendingGrain = GrainId.Create("sweep", "ç-ünïcode"),
        InterfaceName = "LuckyFive.GrainInterfaces.ISimulationGrain",
        MethodId = 3,
        CallChainId = -77,
        ForwardCount = 2,
        IsCancellable = true,
        Status = ResponseStatus.Error,
        HandledBy = new SiloAddress("10.0.0.3:11111", 44),
        Body = [1, 2, 3, 0, 255],
        RequestContextBody = [9, 8],
        SystemPayload = "payload",
    };

    internal static byte[] Encode(Message message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        MessageCodec.Write(buffer, message);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Damage(byte[] valid, Random random) => random.Next(3) switch
    {
        0 => valid[..random.Next(valid.Length)],
        1 => Flip(valid, random),
        _ => [.. valid, .. Enumerable.Range(0, random.Next(1, 8)).Select(_ => (byte)random.Next(256))],
    };

    private static byte[] Flip(byte[] valid, Random random)
    {
        var copy = (byte[])valid.Clone();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}
