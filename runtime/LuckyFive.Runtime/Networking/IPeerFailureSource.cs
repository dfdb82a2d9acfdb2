using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>A transport that can tell when a peer became unreachable (its connection broke or could not be made).</summary>
public interface IPeerFailureSource
{
    /// <summary>Raised once per failed connection to <c>peer</c>; calls waiting on it can fail at once.</summary>
    event Action<SiloAddress>? PeerUnavailable;
}
