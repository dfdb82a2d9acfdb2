using LuckyFive.Grains.Simulations;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// One simulation on a fresh cluster: where its batches were computed (per silo, in start order a, b, c), which silo
/// held the simulation grain, how long it took, or why it did not finish.
/// </summary>
internal sealed record PlacementRun(
    int Round,
    int Silos,
    BatchPlacement Placement,
    IReadOnlyList<int> BatchesPerSilo,
    string SimulationSilo,
    TimeSpan Wall,
    TimeSpan BatchPhase,
    string? Failure)
{
    /// <summary>The busiest silo's batches over the mean per silo: 1 is an even spread, the silo count is all on one.</summary>
    public double Imbalance => BatchesPerSilo.Sum() == 0 ? double.NaN : BatchesPerSilo.Max() / BatchesPerSilo.Average();
}
