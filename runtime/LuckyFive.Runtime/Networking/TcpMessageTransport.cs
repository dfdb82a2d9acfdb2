using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>
/// Silo-to-silo messaging over TCP: length-prefixed binary frames (<see cref="MessageCodec"/>) on one outbound
/// connection per peer, authenticated with the cluster id and secret (<see cref="Handshake"/>). A peer that sends
/// anything malformed or fails the handshake is disconnected and logged; the silo carries on. Decision record:
/// docs/decisions/runtime-0005-silo-transport.md.
/// </summary>
public sealed class TcpMessageTransport : IMessageTransport, IPeerFailureSource, IAsyncDisposable
{
    // Lazy: GetOrAdd may run its factory on two racing threads, and a connection that lost the race must never start.
    private readonly ConcurrentDictionary<SiloAddress, Lazy<PeerConnection>> _peers = new();
    private readonly ConcurrentDictionary<Socket, byte> _inbound = new();
    private readonly CancellationTokenSource _stopping = new();
    private Socket? _listener;
    private int _stopped;
    private int _disposed;
    private Action<Message>? _receiver;

    /// <summary>Creates the transport; nothing listens until <see cref="Start"/>.</summary>
    public TcpMessageTransport(IOptions<NetworkingOptions> options, IOptions<ClusterOptions> clusterOptions, ILogger<TcpMessageTransport>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clusterOptions);
        Options = options.Value;
        ClusterId = clusterOptions.Value.ClusterId;
        Logger = logger ?? NullLogger<TcpMessageTransport>.Instance;
        if (string.IsNullOrEmpty(Options.ClusterSecret))
        {
            throw new OptionsValidationException(nameof(NetworkingOptions), typeof(NetworkingOptions), ["NetworkingOptions.ClusterSecret is required."]);
        }
    }

    /// <inheritdoc />
    public event Action<SiloAddress>? PeerUnavailable;

    /// <summary>The endpoint actually bound (with the real port when the options asked for port 0).</summary>
    public IPEndPoint? ListeningEndpoint => _listener?.LocalEndPoint as IPEndPoint;

    internal NetworkingOptions Options { get; }

    internal string ClusterId { get; }

    internal ILogger Logger { get; }

    internal SiloAddress LocalAddress { get; private set; } = null!;

    internal CancellationToken Stopping => _stopping.Token;

    /// <summary>Binds the listen endpoint now, so the silo can advertise the real port before it starts.</summary>
    public IPEndPoint Bind()
    {
        if (_listener is null)
        {
            var listener = new Socket(Options.ListenEndpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(Options.ListenEndpoint);
            listener.Listen(512);
            _listener = listener;
        }

        return ListeningEndpoint!;
    }

    /// <summary>The endpoint peers should use: the advertised address (or the listen address) and the bound port.</summary>
    /// <exception cref="OptionsValidationException">Listening on a wildcard address with no advertised address.</exception>
    public IPEndPoint AdvertisedEndpoint()
    {
        var bound = Bind();
        var address = Options.AdvertisedAddress ?? bound.Address;
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            throw new OptionsValidationException(nameof(NetworkingOptions), typeof(NetworkingOptions),
                ["NetworkingOptions.AdvertisedAddress is required when listening on all interfaces."]);
        }

        return new IPEndPoint(address, bound.Port);
    }

    /// <inheritdoc />
    public void Start(SiloAddress localAddress, Action<Message> receiver)
    {
        LocalAddress = localAddress ?? throw new ArgumentNullException(nameof(localAddress));
        _receiver = receiver ?? throw new ArgumentNullException(nameof(receiver));
        var listener = _listener ?? throw new InvalidOperationException("Bind the transport before starting it.");
        NetworkLog.Listening(Logger, localAddress, listener.LocalEndPoint!);
        _ = Task.Run(() => AcceptLoopAsync(listener));
    }

    /// <inheritdoc />
    public void Send(SiloAddress target, Message message)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        if (message.IsLocal)
        {
            throw new InvalidOperationException("A message with in-process fields cannot be sent over a transport.");
        }

        if (_stopping.IsCancellationRequested)
        {
            throw new SiloUnavailableException($"This silo has stopped messaging; {target} cannot be reached.");
        }

        while (true)
        {
            var entry = _peers.GetOrAdd(target, t => new Lazy<PeerConnection>(() => new PeerConnection(t, this)));
            var peer = entry.Value;
            if (peer.TryEnqueue(message))
            {
                return;
            }

            // That connection just failed; the next one starts afresh.
            _peers.TryRemove(new KeyValuePair<SiloAddress, Lazy<PeerConnection>>(target, entry));
        }
    }

    /// <inheritdoc />
    public void StopListening()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        _stopping.Cancel();
        _listener?.Dispose();
        foreach (var socket in _inbound.Keys)
        {
            socket.Dispose();
        }

        foreach (var peer in _peers.Values.Where(p => p.IsValueCreated).Select(p => p.Value))
        {
            peer.Stop();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Hosts may dispose one instance twice (registered as itself and as IMessageTransport).
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        StopListening();
        await Task.WhenAll(_peers.Values.Where(p => p.IsValueCreated).Select(p => p.Value.Completion));
        _stopping.Dispose();
    }

    internal void OnPeerFailed(SiloAddress peer, PeerConnection connection)
    {
        if (_peers.TryGetValue(peer, out var entry) && entry.IsValueCreated && entry.Value == connection)
        {
            _peers.TryRemove(new KeyValuePair<SiloAddress, Lazy<PeerConnection>>(peer, entry));
        }

        PeerUnavailable?.Invoke(peer);
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            socket.NoDelay = true;
            _inbound[socket] = 0;
            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        var remote = socket.RemoteEndPoint;
        SiloAddress? peer = null;
        try
        {
            await using var stream = new NetworkStream(socket, ownsSocket: true);
            var reader = PipeReader.Create(stream);
            peer = await AuthenticateAsync(reader, PipeWriter.Create(stream), remote);
            if (peer is null)
            {
                return;
            }

            while (await FrameIO.ReadAsync(reader, Options.MaxFrameBytes, _stopping.Token) is { } frame)
            {
                _receiver!(MessageCodec.Read(frame));
            }
        }
        catch (MalformedFrameException e)
        {
            NetworkLog.MalformedFrame(Logger, remote, peer, e.Message);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer went away or this silo is stopping: nothing to do.
        }
        finally
        {
            _inbound.TryRemove(socket, out _);
            socket.Dispose();
        }
    }

    /// <summary>The acceptor's half of <see cref="Handshake"/>; null (after logging) when the peer is refused.</summary>
    private async Task<SiloAddress?> AuthenticateAsync(PipeReader reader, PipeWriter writer, EndPoint? remote)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(Options.ConnectTimeout);
        try
        {
            var hello = await FrameIO.ReadAsync(reader, Options.MaxFrameBytes, timeout.Token);
            if (hello is null)
            {
                return null;
            }

            var (clusterId, initiator, initiatorNonce) = Handshake.ReadHello(hello);
            if (clusterId != ClusterId)
            {
                NetworkLog.Refused(Logger, remote, $"cluster id '{clusterId}' is not '{ClusterId}'");
                return null;
            }

            var acceptorNonce = Handshake.NewNonce();
            FrameIO.Write(writer, [.. acceptorNonce, .. Handshake.AcceptorProof(Options.ClusterSecret, ClusterId, initiatorNonce, acceptorNonce)]);
            await writer.FlushAsync(timeout.Token);
            var proof = await FrameIO.ReadAsync(reader, Options.MaxFrameBytes, timeout.Token);
            var expected = Handshake.InitiatorProof(Options.ClusterSecret, ClusterId, initiator, initiatorNonce, acceptorNonce);
            if (proof is null || !Handshake.Matches(expected, proof))
            {
                NetworkLog.Refused(Logger, remote, $"{initiator} does not know the cluster secret");
                return null;
            }

            NetworkLog.Accepted(Logger, initiator, remote);
            return initiator;
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            NetworkLog.Refused(Logger, remote, $"no handshake within {Options.ConnectTimeout}");
            return null;
        }
    }
}
