using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Network.Tests;

/// <summary>A transport bound to a free loopback port, recording what it receives and which peers failed.</summary>
internal sealed class TransportHarness : IAsyncDisposable
{
    private TransportHarness(TcpMessageTransport transport, SiloAddress address)
    {
        Transport = transport;
        Address = address;
    }

    public TcpMessageTransport Transport { get; }

    public SiloAddress Address { get; }

    public ConcurrentQueue<Message> Received { get; } = new();

    public ConcurrentQueue<SiloAddress> Unavailable { get; } = new();

    public static TransportHarness Start(string clusterId = "cluster", string secret = "s3cret", int maxFrameBytes = 1024 * 1024)
    {
        var transport = new TcpMessageTransport(
            Options.Create(new NetworkingOptions { ClusterSecret = secret, MaxFrameBytes = maxFrameBytes, ConnectTimeout = TimeSpan.FromSeconds(10) }),
            Options.Create(new ClusterOptions { ClusterId = clusterId }));
        var endpoint = transport.Bind();
        var harness = new TransportHarness(transport, new SiloAddress(endpoint.ToString(), 1));
        transport.PeerUnavailable += harness.Unavailable.Enqueue;
        transport.Start(harness.Address, harness.Received.Enqueue);
        return harness;
    }

    public Message Ping(long id, string? payload = null) =>
        new() { Kind = MessageKind.OneWay, Id = id, Sender = Address, TargetGrain = GrainId.Create("test", "k"), SystemPayload = payload };

    public async ValueTask DisposeAsync() => await Transport.DisposeAsync();

    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }
}
