using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Moves messages between silos and clients. The in-memory implementation connects the silos of one process;
/// a socket implementation replaces it without changing the runtime.
/// </summary>
public interface IMessageTransport
{
    /// <summary>Starts listening as <paramref name="localAddress"/>, delivering incoming messages to <paramref name="receiver"/>.</summary>
    void Start(SiloAddress localAddress, Action<Message> receiver);

    /// <summary>Sends a message. Throws <see cref="SiloUnavailableException"/> when the target cannot be reached.</summary>
    void Send(SiloAddress target, Message message);

    /// <summary>Stops listening; later sends to this endpoint fail.</summary>
    void StopListening();
}
