using System.Diagnostics;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// A closed-loop load generator: <c>InFlight</c> lanes each issue one operation, await it and issue the next, for the
/// warm-up and then the measured time. Every operation that starts inside the measured window is timed with
/// <see cref="Stopwatch.GetTimestamp"/> around its await and kept; percentiles come from the sorted samples (nearest
/// rank), so nothing is bucketed. Throughput is the kept operations over the window from its start to the last
/// completion. Each lane records on its own, so the loop is safe on a grain's scheduler and on the thread pool.
/// </summary>
public static class LoadLoop
{
    public static async Task<LoadResult> RunAsync(LoadSpec spec, Func<int, long, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(operation);
        var measureFrom = Stopwatch.GetTimestamp() + Ticks(spec.Warmup);
        var end = measureFrom + Ticks(spec.Duration);
        var lanes = new Task<Lane>[spec.InFlight];
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = RunLaneAsync(i, measureFrom, end, operation);
        }

        var done = await Task.WhenAll(lanes);
        return Summarise(spec.InFlight, measureFrom, done);
    }

    private static async Task<Lane> RunLaneAsync(int lane, long measureFrom, long end, Func<int, long, Task> operation)
    {
        var samples = new List<long>(4096);
        var last = measureFrom;
        for (long sequence = 0; ; sequence++)
        {
            var started = Stopwatch.GetTimestamp();
            if (started >= end)
            {
                return new Lane(samples, last);
            }

            await operation(lane, sequence);
            var finished = Stopwatch.GetTimestamp();
            if (started >= measureFrom)
            {
                samples.Add(finished - started);
                last = finished;
            }
        }
    }

    private static LoadResult Summarise(int inFlight, long measureFrom, Lane[] lanes)
    {
        var all = new long[lanes.Sum(l => l.Samples.Count)];
        var at = 0;
        foreach (var lane in lanes)
        {
            lane.Samples.CopyTo(all, at);
            at += lane.Samples.Count;
        }

        Array.Sort(all);
        var seconds = (lanes.Max(l => l.LastCompletion) - measureFrom) / (double)Stopwatch.Frequency;
        return new LoadResult(
            inFlight,
            all.Length,
            seconds,
            all.Length == 0 ? 0 : Microseconds(all.Average()),
            Percentile(all, 0.50),
            Percentile(all, 0.90),
            Percentile(all, 0.99),
            Percentile(all, 0.999),
            all.Length == 0 ? 0 : Microseconds(all[^1]));
    }

    private static double Percentile(long[] sorted, double quantile)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(quantile * sorted.Length);
        return Microseconds(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    private static double Microseconds(double ticks) => ticks * 1_000_000 / Stopwatch.Frequency;

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private sealed record Lane(List<long> Samples, long LastCompletion);
}
