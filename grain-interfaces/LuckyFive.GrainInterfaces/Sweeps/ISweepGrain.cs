namespace LuckyFive.GrainInterfaces.Sweeps;

/// <summary>
/// One parameter sweep, keyed by sweep id: expands its spec into child simulations, runs them with bounded concurrency
/// (their batches spread over the silos), follows them to the end and resumes after any crash.
/// </summary>
[Alias("luckyfive.ISweepGrain")]
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>Validates the request, records every child and starts the run. Submitting the same request again is a no-op.</summary>
    [Alias("Submit")]
    Task<SweepSubmitResult> SubmitAsync(SweepRequest request);

    /// <summary>The sweep now; null when nothing was ever submitted under this id.</summary>
    [Alias("GetStatus")]
    Task<SweepStatus?> GetStatusAsync();

    /// <summary>Stops a sweep: no child starts any more and the running ones are cancelled. Null when unknown.</summary>
    [Alias("Cancel")]
    Task<SweepStatus?> CancelAsync();
}
