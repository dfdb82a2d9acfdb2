using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Connects the in-memory transports of one process: the "network" of a TestCluster. Delivery is asynchronous
/// (on the thread pool), as over a socket, except for probes, which are answered at once so that a busy thread
/// pool is never mistaken for a dead silo.
/// </summary>
public sealed class InMemoryTransportHub
{
    private readonly ConcurrentDictionary<SiloAddress, Action<Message>> _endpoints = new();

    /// <summary>Creates a transport attached to this hub.</summary>
    public IMessageTransport CreateTransport() => new InMemoryMessageTransport(this);

    internal void Register(SiloAddress address, Action<Message> receiver)
    {
        if (!_endpoints.TryAdd(address, receiver))
        {
            throw new InvalidOperationException($"Endpoint {address} is already in use.");
        }
    }

    internal void Unregister(SiloAddress address) => _endpoints.TryRemove(address, out _);

    internal void Deliver(SiloAddress target, Message message)
    {
        if (!_endpoints.TryGetValue(target, out var receiver))
        {
            throw new SiloUnavailableException($"Silo {target} is not reachable.");
        }

        if (message.Kind is MessageKind.Ping or MessageKind.Pong)
        {
            receiver(message);
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static state => state.Receiver(state.Message), (Receiver: receiver, Message: message), preferLocal: false);
    }

    private sealed class InMemoryMessageTransport(InMemoryTransportHub hub) : IMessageTransport
    {
        private SiloAddress? _local;

        public void Start(SiloAddress localAddress, Action<Message> receiver)
        {
            _local = localAddress;
            hub.Register(localAddress, receiver);
        }

        public void Send(SiloAddress target, Message message)
        {
            if (message.IsLocal)
            {
                throw new InvalidOperationException("A message with in-process fields cannot be sent over a transport.");
            }

            hub.Deliver(target, message);
        }

        public void StopListening()
        {
            if (_local is not null)
            {
                hub.Unregister(_local);
            }
        }
    }
}
