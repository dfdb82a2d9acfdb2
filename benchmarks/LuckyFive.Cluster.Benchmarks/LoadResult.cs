namespace LuckyFive.Cluster.Benchmarks;

/// <summary>What one measurement saw: operations completed in the measured window and their latency in microseconds.</summary>
[GenerateSerializer]
[Alias("LuckyFive.Cluster.Benchmarks.LoadResult")]
public sealed record LoadResult(
    int InFlight,
    long Operations,
    double Seconds,
    double MeanMicroseconds,
    double P50Microseconds,
    double P90Microseconds,
    double P99Microseconds,
    double P999Microseconds,
    double MaxMicroseconds)
{
    public double PerSecond => Seconds > 0 ? Operations / Seconds : 0;
}
