using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Reports on the silo it is placed on; <see cref="SiloTargetedPlacement"/> puts it on the silo named by its key.</summary>
[GrainType("sys.silocontrol")]
[SiloTargetedPlacement]
internal sealed class SiloControlGrain(SiloRuntime silo) : Grain, ISiloControl
{
    public Task<SimpleGrainStatistic[]> GetSimpleGrainStatistics() =>
        Task.FromResult(silo.Catalog.Activations
            .Where(a => a.IsUsable)
            .GroupBy(a => a.Class.GrainType, StringComparer.Ordinal)
            .Select(g => new SimpleGrainStatistic(g.Key, silo.Address, g.Count()))
            .ToArray());

    public Task<SiloRuntimeStatistics> GetRuntimeStatistics() =>
        Task.FromResult(silo.Statistics.Get(silo.Address)! with { ActivationCount = silo.Catalog.Count });

    public Task<SiloMethodStatistics[]> GetMethodStatistics() =>
        Task.FromResult(silo.Metrics.GetMethodStatistics().Select(s => new SiloMethodStatistics(silo.Address, s)).ToArray());
}
