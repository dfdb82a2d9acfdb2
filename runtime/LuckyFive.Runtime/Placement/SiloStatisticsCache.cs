using System.Collections.Concurrent;
using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The load figures this silo knows about every silo: published figures plus the placements this silo made since
/// the figures were sampled, so a burst of placements does not all land on the silo that looked emptiest at the
/// last publication. Placements made after the sample but before it arrived here are kept: the sample cannot
/// include them, and dropping them would make a silo whose figures arrive late look lighter than it is.
/// </summary>
internal sealed class SiloStatisticsCache
{
    private readonly ConcurrentDictionary<SiloAddress, Entry> _entries = new();
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _lastSample = Stopwatch.GetTimestamp();

    public void Update(SiloAddress silo, SiloRuntimeStatistics statistics)
    {
        var sampledAt = statistics.Timestamp.ToUniversalTime().Ticks;
        _entries.AddOrUpdate(
            silo,
            static (_, s) => new Entry(s.statistics, []),
            static (_, previous, s) => new Entry(s.statistics, previous.PlacementsAfter(s.sampledAt)),
            (statistics, sampledAt));
    }

    public void RecordPlacement(SiloAddress silo) =>
        _entries.GetOrAdd(silo, static _ => new Entry(null, [])).RecordPlacement(DateTime.UtcNow.Ticks);

    public SiloRuntimeStatistics? Get(SiloAddress silo)
    {
        _entries.TryGetValue(silo, out var entry);
        var published = entry?.Statistics;
        var count = (published?.ActivationCount ?? 0) + (entry?.PlacementCount ?? 0);
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

    /// <summary>One silo's last published figures and this silo's placements on it since they were sampled.</summary>
    private sealed class Entry(SiloRuntimeStatistics? statistics, List<long> placementTicks)
    {
        private readonly Lock _lock = new();

        public SiloRuntimeStatistics? Statistics { get; } = statistics;

        public int PlacementCount
        {
            get
            {
                lock (_lock)
                {
                    return placementTicks.Count;
                }
            }
        }

        public void RecordPlacement(long utcTicks)
        {
            lock (_lock)
            {
                placementTicks.Add(utcTicks);
            }
        }

        public List<long> PlacementsAfter(long utcTicks)
        {
            lock (_lock)
            {
                return placementTicks.Where(t => t > utcTicks).ToList();
            }
        }
    }
}
