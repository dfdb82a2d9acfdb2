using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The cluster-wide registry of activations that guarantees a single activation per grain: registration is
/// first-writer-wins. Shared by all silos (in memory in one process, a PostgreSQL table in a real cluster).
/// </summary>
public interface IGrainDirectory
{
    /// <summary>Registers <paramref name="address"/> unless the grain is already registered; returns the registered address (the winner).</summary>
    Task<GrainAddress> Register(GrainAddress address);

    /// <summary>Removes the registration if it is still <paramref name="address"/>.</summary>
    Task Unregister(GrainAddress address);

    /// <summary>Finds the registered activation of a grain, or null.</summary>
    Task<GrainAddress?> Lookup(GrainId grainId);

    /// <summary>Removes every registration pointing to one of <paramref name="siloAddresses"/> (dead silos).</summary>
    Task UnregisterSilos(IReadOnlyCollection<SiloAddress> siloAddresses);
}
