using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Recipes;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Simulations;
using Orleans.Placement;
using Orleans.Runtime;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// The placement measurement's hand on one silo, activated by that silo ("a", "b", "c"): warms it up before a run
/// and reports what its <see cref="BatchTally"/> saw.
/// </summary>
[Alias("LuckyFive.Cluster.Benchmarks.ISiloProbeGrain")]
public interface ISiloProbeGrain : IGrainWithStringKey
{
    [Alias("Silo")]
    Task<string> Silo();

    /// <summary>
    /// Loads the draw version and runs the spec's first contests through the domain engine here, so every silo has its
    /// history in memory and the engine compiled before a run, as a long-running product silo has.
    /// </summary>
    [Alias("WarmUp")]
    Task WarmUp(long drawsVersion, SimulationSpec spec);

    /// <summary>Batches of the simulation computed on this silo, by the silo their answers name.</summary>
    [Alias("Batches")]
    Task<Dictionary<string, int>> Batches(string simulationId);

    /// <summary>Whether the simulation's grain lives on this silo.</summary>
    [Alias("HostsSimulation")]
    Task<bool> HostsSimulation(string simulationId);
}

[PreferLocalPlacement]
public sealed class SiloProbeGrain(ILocalSiloDetails silo, IDrawHistorySource draws, EngineCache engines, BatchTally tally) : Grain, ISiloProbeGrain
{
    private const int WarmUpContests = 20;

    public Task<string> Silo() => Task.FromResult(silo.SiloAddress.ToString());

    public async Task WarmUp(long drawsVersion, SimulationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var history = await draws.GetAsync(drawsVersion);
        var recipe = Recipe.Create("warm-up", spec.Strategy, spec.Seed, spec.Parameters);
        var contests = new BacktestSpec(recipe.Strategy, recipe.Seed, recipe.Parameters, spec.FromContest, spec.FromContest + WarmUpContests - 1);
        engines.For(history).Run(contests, maxParallelism: 1);
    }

    public Task<Dictionary<string, int>> Batches(string simulationId) => Task.FromResult(tally.Computed(simulationId));

    public Task<bool> HostsSimulation(string simulationId) => Task.FromResult(tally.HostsSimulation(simulationId));
}
