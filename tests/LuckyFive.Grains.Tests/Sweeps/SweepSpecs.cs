using LuckyFive.GrainInterfaces.Sweeps;

namespace LuckyFive.Grains.Tests.Sweeps;

/// <summary>Sweep requests the tests run.</summary>
internal static class SweepSpecs
{
    /// <summary>Frequency recipes over three powers, two seed replicates each: six quick children.</summary>
    public const string PowerGrid = """
        {
          "version": 1,
          "name": "power_grid",
          "base_recipe": { "version": 1, "name": "base", "strategy": "frequency", "seed": 7,
                           "parameters": { "sim_preds": 5, "sim_prev_max": 100 } },
          "parameters": [ { "name": "power", "type": "discrete", "values": [0, 1, 2] } ],
          "replicates": 2
        }
        """;

    /// <summary>Hybrid recipes, slow enough per child that a test can act while the sweep runs.</summary>
    public const string SlowHybrid = """
        {
          "version": 1,
          "name": "slow_hybrid",
          "base_recipe": { "version": 1, "name": "base", "strategy": "hybrid", "seed": 3,
                           "parameters": { "sim_preds": 20 } },
          "parameters": [ { "name": "alpha", "type": "discrete", "values": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] } ]
        }
        """;

    public static SweepRequest Request(string spec, int from, int to, int concurrency, int batchSize = 50) => new()
    {
        SpecJson = spec,
        FromContest = from,
        ToContest = to,
        Concurrency = concurrency,
        BatchSize = batchSize,
    };
}
