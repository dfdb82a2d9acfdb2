namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>
/// One backtest on the cluster, keyed by simulation id: validates and keeps its spec, fans its contest batches out
/// over the silos, pays them through its ledger in contest order and resumes after any crash.
/// </summary>
[Alias("luckyfive.ISimulationGrain")]
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Validates the spec, pins the current draw history and starts the run. Submitting the same spec again is a no-op.</summary>
    [Alias("Submit")]
    Task<SubmitResult> SubmitAsync(SimulationSpec spec);

    /// <summary>The simulation now; null when nothing was ever submitted under this id.</summary>
    [Alias("GetStatus")]
    Task<SimulationStatus?> GetStatusAsync();

    /// <summary>Stops a pending or running simulation within one batch; a final one is returned as it is. Null when unknown.</summary>
    [Alias("Cancel")]
    Task<SimulationStatus?> CancelAsync();
}
