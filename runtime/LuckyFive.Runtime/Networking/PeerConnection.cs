using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Channels;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Runtime;

/// <summary>
/// The one outbound connection to a peer: messages queue without blocking the sender, one loop connects,
/// authenticates and writes them as frames, flushing when the queue runs dry. If the connection cannot be made or
/// breaks, queued messages are dropped (calls are at-most-once) and the transport reports the peer unavailable.
/// </summary>
internal sealed class PeerConnection
{
    private readonly Channel<Message> _queue = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SiloAddress _peer;
    private readonly TcpMessageTransport _transport;

    public PeerConnection(SiloAddress peer, TcpMessageTransport transport)
    {
        _peer = peer;
        _transport = transport;
        Completion = Task.Run(RunAsync);
    }

    public Task Completion { get; }

    public bool TryEnqueue(Message message) => _queue.Writer.TryWrite(message);

    /// <summary>No more messages; the transport's stopping token ends the loop.</summary>
    public void Stop() => _queue.Writer.TryComplete();

    private async Task RunAsync()
    {
        var options = _transport.Options;
        try
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await using var stream = await ConnectAsync(socket, options);
            using var broken = CancellationTokenSource.CreateLinkedTokenSource(_transport.Stopping);
            // The peer never writes after the handshake, so anything it does on this connection means it is gone:
            // noticing that at once lets waiting calls fail now, not at their timeout.
            _ = WatchForCloseAsync(socket, broken);
            var writer = PipeWriter.Create(stream);
            var frame = new ArrayBufferWriter<byte>();
            var reader = _queue.Reader;
            while (await reader.WaitToReadAsync(broken.Token))
            {
                while (reader.TryRead(out var message))
                {
                    frame.ResetWrittenCount();
                    MessageCodec.Write(frame, message);
                    FrameIO.Write(writer, frame.WrittenSpan);
                }

                var flushed = await writer.FlushAsync(broken.Token);
                if (flushed.IsCompleted)
                {
                    throw new IOException("The peer stopped reading.");
                }
            }
        }
        catch (OperationCanceledException) when (_transport.Stopping.IsCancellationRequested)
        {
            // Stopped by the transport.
        }
        catch (Exception e) when (e is IOException or SocketException or MalformedFrameException or OperationCanceledException or SiloUnavailableException)
        {
            var dropped = 0;
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out _))
            {
                dropped++;
            }

            NetworkLog.PeerFailed(_transport.Logger, _peer, dropped, e);
            _transport.OnPeerFailed(_peer, this);
        }
    }

    private static async Task WatchForCloseAsync(Socket socket, CancellationTokenSource broken)
    {
        try
        {
            await socket.ReceiveAsync(new byte[1], SocketFlags.None, broken.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        try
        {
            await broken.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    private async Task<NetworkStream> ConnectAsync(Socket socket, NetworkingOptions options)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_transport.Stopping);
        timeout.CancelAfter(options.ConnectTimeout);
        await socket.ConnectAsync(SiloEndpoint.Parse(_peer), timeout.Token);
        var stream = new NetworkStream(socket, ownsSocket: false);
        var reader = PipeReader.Create(stream);
        var writer = PipeWriter.Create(stream);

        var nonce = Handshake.NewNonce();
        FrameIO.Write(writer, Handshake.Hello(_transport.ClusterId, _transport.LocalAddress, nonce));
        await writer.FlushAsync(timeout.Token);
        var challenge = await FrameIO.ReadAsync(reader, options.MaxFrameBytes, timeout.Token)
            ?? throw new IOException($"Peer {_peer} closed the connection during the handshake (wrong cluster id or secret?).");
        if (challenge.Length != Handshake.NonceBytes + 32)
        {
            throw new MalformedFrameException("The handshake challenge is malformed.");
        }

        var acceptorNonce = challenge[..Handshake.NonceBytes];
        var expected = Handshake.AcceptorProof(options.ClusterSecret, _transport.ClusterId, nonce, acceptorNonce);
        if (!Handshake.Matches(expected, challenge.AsSpan(Handshake.NonceBytes)))
        {
            throw new SiloUnavailableException($"Peer {_peer} does not know the cluster secret.");
        }

        FrameIO.Write(writer, Handshake.InitiatorProof(options.ClusterSecret, _transport.ClusterId, _transport.LocalAddress, nonce, acceptorNonce));
        await writer.FlushAsync(timeout.Token);
        NetworkLog.Connected(_transport.Logger, _peer);
        // The handshake reader is done with: nothing but the peer closing can arrive after the proof.
        return stream;
    }
}
