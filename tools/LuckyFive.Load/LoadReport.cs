using System.Globalization;

namespace LuckyFive.Load;

/// <summary>What the measured seconds saw: the rate achieved, the answers, and the latency percentiles in milliseconds.</summary>
internal sealed record LoadReport(
    LoadPlan Plan, double RequestsPerSecond, int Succeeded, int Failed, int Skipped, IReadOnlyDictionary<string, int> Statuses,
    double P50, double P95, double P99, double Max)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        GET {Plan.Url} at {Plan.Rate}/s for {Plan.Duration.TotalSeconds:0} s (after {Plan.WarmUp.TotalSeconds:0} s of warm-up)
        sent {RequestsPerSecond:0}/s; 2xx {Succeeded}, other {Failed}, skipped (over {Plan.MaxInFlight} in flight) {Skipped}; statuses {string.Join(", ", Statuses.Select(s => $"{s.Key}: {s.Value}"))}
        latency ms: p50 {P50:0.00}, p95 {P95:0.00}, p99 {P99:0.00}, max {Max:0.00}
        """);
}
