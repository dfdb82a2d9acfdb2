namespace LuckyFive.Runtime;

/// <summary>The running value of one series (one instrument, one tag set).</summary>
internal sealed class MetricSeries(double[]? boundaries)
{
    private readonly Lock _lock = new();
    private readonly long[]? _buckets = boundaries is null ? null : new long[boundaries.Length + 1];
    private double _value;
    private long _count;

    /// <summary>Adds to a counter or up-down counter.</summary>
    public void Add(double delta)
    {
        double current, updated;
        do
        {
            current = Volatile.Read(ref _value);
            updated = current + delta;
        }
        while (Interlocked.CompareExchange(ref _value, updated, current) != current);
    }

    /// <summary>Replaces the value (gauges, and observable counters, which report their total).</summary>
    public void Set(double value) => Volatile.Write(ref _value, value);

    /// <summary>Counts a histogram measurement in the first bucket whose upper bound is not below it.</summary>
    public void Observe(double value)
    {
        var bucket = Array.BinarySearch(boundaries!, value);
        bucket = bucket >= 0 ? bucket : ~bucket;
        lock (_lock)
        {
            _buckets![bucket]++;
            _value += value;
            _count++;
        }
    }

    public double Value => Volatile.Read(ref _value);

    /// <summary>A consistent copy of a histogram: per-bucket counts (the last is above every bound), sum, count.</summary>
    public (long[] Buckets, double Sum, long Count) Snapshot()
    {
        lock (_lock)
        {
            return ((long[])_buckets!.Clone(), _value, _count);
        }
    }
}
