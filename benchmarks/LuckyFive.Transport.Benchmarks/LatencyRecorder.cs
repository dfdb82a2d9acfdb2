using System.Diagnostics;

namespace LuckyFive.Transport.Benchmarks;

/// <summary>Collects round-trip times and reports calls per second with p50 and p99.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<long> _ticks = new(1 << 20);
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    public void Add(long elapsedTicks)
    {
        lock (_ticks)
        {
            _ticks.Add(elapsedTicks);
        }
    }

    public string Summary()
    {
        var seconds = _wall.Elapsed.TotalSeconds;
        _ticks.Sort();
        double Percentile(double p) => _ticks.Count == 0 ? 0 : _ticks[(int)Math.Min(_ticks.Count - 1, p * _ticks.Count)] * 1e6 / Stopwatch.Frequency;
        return $"{_ticks.Count / seconds,10:N0} calls/s   p50 {Percentile(0.50),8:N0} µs   p99 {Percentile(0.99),8:N0} µs";
    }
}
