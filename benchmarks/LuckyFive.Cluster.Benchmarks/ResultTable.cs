using System.Globalization;
using System.Text;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>The run's figures as a Markdown table, ready for docs/performance.md.</summary>
internal static class ResultTable
{
    public static string Markdown(IEnumerable<(string Name, LoadResult Result)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new StringBuilder()
            .AppendLine("| measurement | in flight | ops/s | mean µs | p50 µs | p90 µs | p99 µs | p99.9 µs | max µs | ops |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, r) in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {r.InFlight} | {r.PerSecond:N0} | {r.MeanMicroseconds:N1} | {r.P50Microseconds:N1} | {r.P90Microseconds:N1} | "
                + $"{r.P99Microseconds:N1} | {r.P999Microseconds:N1} | {r.MaxMicroseconds:N0} | {r.Operations:N0} |");
        }

        return table.ToString().TrimEnd();
    }
}
