using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Grains.Tests.Simulations;

/// <summary>Simulation specs the tests run, and fresh ids for them.</summary>
internal static class Specs
{
    public static string NewId(string label) => $"{label}-{Guid.NewGuid():N}";

    public static SimulationSpec Frequency(int from, int to, int batchSize = SimulationSpec.DefaultBatchSize, ulong seed = 7) => new()
    {
        Strategy = "frequency",
        Seed = seed,
        Parameters = new Dictionary<string, double> { ["sim_preds"] = 5, ["numbers"] = 5, ["sim_prev_max"] = 100 },
        FromContest = from,
        ToContest = to,
        BatchSize = batchSize,
    };

    public static SimulationSpec Random(int from, int to, int tickets, int batchSize, ulong seed = 11) => new()
    {
        Strategy = "random",
        Seed = seed,
        Parameters = new Dictionary<string, double> { ["sim_preds"] = tickets, ["numbers"] = 5 },
        FromContest = from,
        ToContest = to,
        BatchSize = batchSize,
    };

    /// <summary>Slow enough per batch (the hybrid search) that a test can act while it runs.</summary>
    public static SimulationSpec Hybrid(int from, int to, int batchSize) => new()
    {
        Strategy = "hybrid",
        Seed = 3,
        Parameters = new Dictionary<string, double> { ["sim_preds"] = 20, ["numbers"] = 5 },
        FromContest = from,
        ToContest = to,
        BatchSize = batchSize,
    };
}
