using LuckyFive.GrainInterfaces.Sweeps;
using Orleans.Concurrency;

namespace LuckyFive.Grains.Sweeps;

/// <summary>Database reads of sweeps for the API, run by a local worker on whichever silo receives the call.</summary>
[StatelessWorker]
public sealed class SweepQueryGrain(SweepStore store, SweepOverfittingEstimate overfitting) : Grain, ISweepQueryGrain
{
    public Task<SweepPage> ListAsync(SweepQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.ListAsync(query, CancellationToken.None);
    }

    public Task<IReadOnlyList<SweepChild>?> GetChildrenAsync(string sweepId) => store.ReadChildrenAsync(sweepId, CancellationToken.None);

    public Task<SweepOverfitting?> GetOverfittingAsync(string sweepId, int blocks) =>
        overfitting.EstimateAsync(sweepId, blocks, CancellationToken.None);
}
