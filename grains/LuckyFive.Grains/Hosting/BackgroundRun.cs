namespace LuckyFive.Grains.Hosting;

/// <summary>
/// A grain's long-running work (a simulation's batches, a sweep's children), run beside its calls on the grain's
/// scheduler: at most one at a time, stopped on request or when the grain deactivates.
/// </summary>
internal sealed class BackgroundRun : IDisposable
{
    private Task? _run;
    private CancellationTokenSource? _stop;

    /// <summary>Starts the run unless one is going.</summary>
    public void Start(Func<CancellationToken, Task> run)
    {
        if (_run is { IsCompleted: false })
        {
            return;
        }

        _stop?.Dispose();
        _stop = new CancellationTokenSource();
        _run = run(_stop.Token);
    }

    /// <summary>Asks the run to stop, without waiting for it.</summary>
    public Task SignalStopAsync() => _stop?.CancelAsync() ?? Task.CompletedTask;

    /// <summary>Asks the run to stop and waits until it has (its failure, if any, is the run's own business).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await SignalStopAsync();
        if (_run is not null)
        {
            await _run.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        }
    }

    public void Dispose() => _stop?.Dispose();
}
