namespace LuckyFive.Cluster.Benchmarks;

/// <summary>How hard and how long to drive a measurement: calls kept in flight, warm-up, then the measured time.</summary>
[GenerateSerializer]
[Alias("LuckyFive.Cluster.Benchmarks.LoadSpec")]
public sealed record LoadSpec(int InFlight, TimeSpan Warmup, TimeSpan Duration);
