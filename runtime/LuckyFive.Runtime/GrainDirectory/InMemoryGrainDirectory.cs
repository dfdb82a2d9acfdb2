using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>A strongly consistent in-memory grain directory shared by the silos of one process.</summary>
public sealed class InMemoryGrainDirectory : IGrainDirectory
{
    private readonly ConcurrentDictionary<GrainId, GrainAddress> _entries = new();

    /// <summary>Number of registrations (diagnostics and tests).</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public Task<GrainAddress> Register(GrainAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Task.FromResult(_entries.GetOrAdd(address.GrainId, address));
    }

    /// <inheritdoc />
    public Task Unregister(GrainAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        _entries.TryRemove(new KeyValuePair<GrainId, GrainAddress>(address.GrainId, address));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<GrainAddress?> Lookup(GrainId grainId) =>
        Task.FromResult(_entries.TryGetValue(grainId, out var address) ? address : null);

    /// <inheritdoc />
    public Task UnregisterSilos(IReadOnlyCollection<SiloAddress> siloAddresses)
    {
        ArgumentNullException.ThrowIfNull(siloAddresses);
        foreach (var entry in _entries)
        {
            if (siloAddresses.Contains(entry.Value.SiloAddress))
            {
                _entries.TryRemove(entry);
            }
        }

        return Task.CompletedTask;
    }
}
