using System.Diagnostics;
using System.Globalization;

namespace LuckyFive.Load;

/// <summary>Starts requests on a fixed schedule and records each one's latency from its scheduled start.</summary>
internal static class OpenLoop
{
    public static async Task<LoadReport> RunAsync(LoadPlan plan, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = plan.MaxInFlight, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var header in plan.Headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            client.DefaultRequestHeaders.TryAddWithoutValidation(header[..colon].Trim(), header[(colon + 1)..].Trim());
        }

        var interval = TimeSpan.FromSeconds(1.0 / plan.Rate);
        var total = (int)((plan.Duration + plan.WarmUp).TotalSeconds * plan.Rate);
        var warmUp = (int)(plan.WarmUp.TotalSeconds * plan.Rate);
        var latencies = new double[total];
        var statuses = new int[total];
        var inFlight = 0;
        var skipped = 0;
        var running = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total && !cancellationToken.IsCancellationRequested; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            if (Interlocked.Increment(ref inFlight) > plan.MaxInFlight)
            {
                Interlocked.Decrement(ref inFlight);
                statuses[i] = -1;
                skipped += i >= warmUp ? 1 : 0;
                continue;
            }

            var index = i;
            running.Add(Task.Run(async () =>
            {
                try
                {
                    using var response = await client.GetAsync(plan.Url, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    statuses[index] = (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    statuses[index] = 0;
                }
                finally
                {
                    // From the scheduled start: time spent waiting for a connection counts, as a user would feel it.
                    latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                    Interlocked.Decrement(ref inFlight);
                }
            }, cancellationToken));
        }

        await Task.WhenAll(running);
        var measured = Enumerable.Range(warmUp, total - warmUp).Where(i => statuses[i] >= 0).ToArray();
        var sorted = measured.Select(i => latencies[i]).Order().ToArray();
        return new LoadReport(
            plan,
            measured.Length / plan.Duration.TotalSeconds,
            measured.Count(i => statuses[i] is >= 200 and < 300),
            measured.Count(i => statuses[i] is < 200 or >= 300),
            skipped,
            measured.GroupBy(i => statuses[i]).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => g.Count()),
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
