using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// An immutable view of the membership table: silo statuses plus the cluster manifest (which silo hosts which
/// grain types) derived from their rows.
/// </summary>
public sealed class ClusterMembershipSnapshot
{
    private readonly Dictionary<string, SiloAddress[]> _hostsByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GrainTypeDescriptor> _types = new(StringComparer.Ordinal);

    /// <summary>Builds a snapshot from table rows.</summary>
    public ClusterMembershipSnapshot(IEnumerable<MembershipEntry> entries, int version)
    {
        Members = entries.ToDictionary(e => e.SiloAddress);
        Version = version;
        ActiveSilos = Members.Values.Where(e => e.Status == SiloStatus.Active).Select(e => e.SiloAddress).OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        foreach (var group in Members.Values
            .Where(e => e.Status == SiloStatus.Active)
            .SelectMany(e => e.GrainTypes.Select(t => (Silo: e.SiloAddress, Type: t)))
            .GroupBy(x => x.Type.GrainType, StringComparer.Ordinal))
        {
            _types[group.Key] = group.First().Type;
            _hostsByType[group.Key] = group.Select(x => x.Silo).OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>An empty view.</summary>
    public static ClusterMembershipSnapshot Empty { get; } = new([], -1);

    /// <summary>Every row, by silo.</summary>
    public IReadOnlyDictionary<SiloAddress, MembershipEntry> Members { get; }

    /// <summary>The table version the view was read at.</summary>
    public int Version { get; }

    /// <summary>Active silos, sorted by address.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos { get; }

    /// <summary>Grain types hosted by at least one active silo.</summary>
    public IReadOnlyDictionary<string, GrainTypeDescriptor> GrainTypes => _types;

    /// <summary>The status of a silo (<see cref="SiloStatus.None"/> when unknown).</summary>
    public SiloStatus GetStatus(SiloAddress silo) => Members.TryGetValue(silo, out var entry) ? entry.Status : SiloStatus.None;

    /// <summary>Active silos hosting a grain type, sorted by address.</summary>
    public IReadOnlyList<SiloAddress> GetActiveSilosHosting(string grainType) =>
        _hostsByType.TryGetValue(grainType, out var silos) ? silos : [];

    /// <summary>Maps a grain interface to the one grain type implementing it.</summary>
    public string? ResolveGrainType(Type interfaceType, string? grainClassNamePrefix, out string? error)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        var name = interfaceType.FullName;
        var candidates = _types.Values
            .Where(t => t.Interfaces.Contains(name, StringComparer.Ordinal))
            .Where(t => grainClassNamePrefix is null || t.ClassName.StartsWith(grainClassNamePrefix, StringComparison.Ordinal))
            .Select(t => t.GrainType)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        error = candidates.Length switch
        {
            0 => $"No active silo hosts a grain class implementing {name}{(grainClassNamePrefix is null ? string.Empty : $" with class name prefix '{grainClassNamePrefix}'")}.",
            > 1 => $"Several grain classes implement {name} ({string.Join(", ", candidates)}); pass grainClassNamePrefix to choose one.",
            _ => null,
        };
        return candidates.Length == 1 ? candidates[0] : null;
    }
}
