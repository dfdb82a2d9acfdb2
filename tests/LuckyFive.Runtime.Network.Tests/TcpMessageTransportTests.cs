using System.Net;
using System.Net.Sockets;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Network.Tests;

public sealed class TcpMessageTransportTests
{
    [Fact]
    public async Task Send_ManyMessagesBetweenTwoSilos_ArriveInOrderWithTheirContent()
    {
        await using var a = TransportHarness.Start();
        await using var b = TransportHarness.Start();

        for (var i = 0; i < 2_000; i++)
        {
            a.Transport.Send(b.Address, a.Ping(i, $"m{i}"));
        }

        b.Transport.Send(a.Address, b.Ping(-1));
        await TransportHarness.WaitUntilAsync(() => b.Received.Count == 2_000 && a.Received.Count == 1, "every message arrived");

        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => (long)i), b.Received.Select(m => m.Id));
        Assert.All(b.Received, m => Assert.Equal($"m{m.Id}", m.SystemPayload));
        Assert.All(b.Received, m => Assert.Equal(a.Address, m.Sender));
        Assert.Empty(a.Unavailable);
    }

    [Fact]
    public async Task Send_PeerWithTheWrongSecret_IsRefusedAndReportedUnavailable()
    {
        await using var silo = TransportHarness.Start(secret: "right");
        await using var intruder = TransportHarness.Start(secret: "wrong");
        await using var member = TransportHarness.Start(secret: "right");

        intruder.Transport.Send(silo.Address, intruder.Ping(1));
        await TransportHarness.WaitUntilAsync(() => !intruder.Unavailable.IsEmpty, "the intruder saw the silo refuse it");
        member.Transport.Send(silo.Address, member.Ping(2));
        await TransportHarness.WaitUntilAsync(() => !silo.Received.IsEmpty, "the member's message arrived");

        Assert.Equal([2L], silo.Received.Select(m => m.Id));
    }

    [Fact]
    public async Task Send_PeerOfAnotherCluster_IsRefused()
    {
        await using var silo = TransportHarness.Start(clusterId: "prod");
        await using var stranger = TransportHarness.Start(clusterId: "staging");

        stranger.Transport.Send(silo.Address, stranger.Ping(1));
        await TransportHarness.WaitUntilAsync(() => !stranger.Unavailable.IsEmpty, "the stranger was refused");

        Assert.Empty(silo.Received);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3 })]
    [InlineData(new byte[] { 5, 0, 0, 0, (byte)'H', (byte)'T', (byte)'T', (byte)'P', (byte)'/' })]
    [InlineData(new byte[] { 0, 0, 0, 0 })]
    public async Task Listener_GarbageFromARawSocket_ClosesThatConnectionAndKeepsServing(byte[] garbage)
    {
        await using var silo = TransportHarness.Start();
        await using var member = TransportHarness.Start();
        using var raw = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await raw.ConnectAsync(IPEndPoint.Parse(silo.Address.Endpoint));

        await raw.SendAsync(garbage);
        var buffer = new byte[64];
        var read = await raw.ReceiveAsync(buffer).WaitAsync(TimeSpan.FromSeconds(30));
        member.Transport.Send(silo.Address, member.Ping(5));
        await TransportHarness.WaitUntilAsync(() => !silo.Received.IsEmpty, "a good peer is still served");

        Assert.Equal(0, read);
        Assert.Equal([5L], silo.Received.Select(m => m.Id));
    }

    [Fact]
    public async Task Listener_MalformedMessageAfterAValidHandshake_DropsTheConnectionNotTheSilo()
    {
        await using var silo = TransportHarness.Start(maxFrameBytes: 64 * 1024);
        await using var member = TransportHarness.Start(maxFrameBytes: 64 * 1024);
        member.Transport.Send(silo.Address, member.Ping(1));
        await TransportHarness.WaitUntilAsync(() => silo.Received.Count == 1, "the first message arrived");

        // A message too large for the receiver's frame limit: the receiver drops the connection.
        member.Transport.Send(silo.Address, member.Ping(2, new string('x', 100_000)));
        await TransportHarness.WaitUntilAsync(() => !member.Unavailable.IsEmpty, "the sender noticed the dropped connection");
        member.Transport.Send(silo.Address, member.Ping(3));
        await TransportHarness.WaitUntilAsync(() => silo.Received.Any(m => m.Id == 3), "a later message arrived on a new connection");

        Assert.DoesNotContain(silo.Received, m => m.Id == 2);
    }

    [Fact]
    public async Task Send_NothingListening_ReportsThePeerUnavailableFast()
    {
        await using var silo = TransportHarness.Start();
        var nobody = new SiloAddress(FreePort(), 1);

        var started = DateTime.UtcNow;
        silo.Transport.Send(nobody, silo.Ping(1));
        await TransportHarness.WaitUntilAsync(() => !silo.Unavailable.IsEmpty, "the dead peer was reported");

        Assert.Equal(nobody, Assert.Single(silo.Unavailable));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Send_PeerStopped_ReportsItUnavailableAndReconnectsWhenItIsBack()
    {
        await using var a = TransportHarness.Start();
        var b = TransportHarness.Start();
        a.Transport.Send(b.Address, a.Ping(1));
        await TransportHarness.WaitUntilAsync(() => b.Received.Count == 1, "the first message arrived");

        await b.DisposeAsync();
        for (var i = 0; i < 50 && a.Unavailable.IsEmpty; i++)
        {
            a.Transport.Send(b.Address, a.Ping(100 + i));
            await Task.Delay(50);
        }

        Assert.Contains(b.Address, a.Unavailable);
    }

    [Fact]
    public void Constructor_NoClusterSecret_FailsWithAClearMessage()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new TcpMessageTransport(
            Options.Create(new NetworkingOptions()), Options.Create(new ClusterOptions())));

        Assert.Contains("ClusterSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SiloAddressWithoutANetworkEndpoint_ReportsItUnavailable()
    {
        await using var silo = TransportHarness.Start();
        var named = new SiloAddress("silo-in-memory", 1);

        silo.Transport.Send(named, silo.Ping(1));
        await TransportHarness.WaitUntilAsync(() => !silo.Unavailable.IsEmpty, "the unreachable address was reported");

        Assert.Equal(named, Assert.Single(silo.Unavailable));
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener.LocalEndpoint.ToString()!;
    }
}
