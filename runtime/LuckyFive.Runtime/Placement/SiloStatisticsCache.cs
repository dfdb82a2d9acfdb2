using System.Collections.Concurrent;
using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The load figures this silo knows about every silo: published figures plus the placements this silo made since,
/// so a burst of placements does not all land on the silo that looked emptiest at the last publication.
/// </summary>
internal sealed class SiloStatisticsCache
{
    private readonly ConcurrentDictionary<SiloAddress, Entry> _entries = new();
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _lastSample = Stopwatch.GetTimestamp();

    public void Update(SiloAddress silo, SiloRuntimeStatistics statistics) => _entries[silo] = new Entry(statistics);

    public void RecordPlacement(SiloAddress silo)
    {
        var entry = _entries.GetOrAdd(silo, static _ => new Entry(null));
        Interlocked.Increment(ref entry.LocalPlacements);
    }

    public SiloRuntimeStatistics? Get(SiloAddress silo)
    {
        _entries.TryGetValue(silo, out var entry);
        var published = entry?.Statistics;
        var count = (published?.ActivationCount ?? 0) + (entry?.LocalPlacements ?? 0);
        return published is null
            ? new SiloRuntimeStatistics(count, 0, 0, 0, 0, DateTime.UtcNow)
            : published with { ActivationCount = count };
    }

    public void Remove(SiloAddress silo) => _entries.TryRemove(silo, out _);

    public SiloRuntimeStatistics Sample(int activationCount)
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var elapsed = Stopwatch.GetElapsedTime(_lastSample, now);
        var cpuPercent = elapsed > TimeSpan.Zero ? (cpu - _lastCpu) / elapsed / Environment.ProcessorCount * 100 : 0;
        _lastCpu = cpu;
        _lastSample = now;
        var memory = GC.GetGCMemoryInfo();
        var used = GC.GetTotalMemory(forceFullCollection: false);
        return new SiloRuntimeStatistics(
            activationCount,
            Math.Clamp(cpuPercent, 0, 100),
            used,
            Math.Max(0, memory.TotalAvailableMemoryBytes - used),
            memory.TotalAvailableMemoryBytes,
            DateTime.UtcNow);
    }

    private sealed class Entry(SiloRuntimeStatistics? statistics)
    {
#pragma warning disable CA1051 // Incremented with Interlocked, so it must be a field.
        public int LocalPlacements;
#pragma warning restore CA1051

        public SiloRuntimeStatistics? Statistics { get; } = statistics;
    }
}
