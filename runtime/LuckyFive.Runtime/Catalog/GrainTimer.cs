using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// A grain timer. Each tick is admitted by the activation like a request (unless it interleaves), the next tick
/// is scheduled only after the callback completes, so ticks never overlap; the timer dies with the activation.
/// </summary>
internal sealed class GrainTimer<TState> : IGrainTimer, IActivationWorkItem
{
    private readonly ActivationData _activation;
    private readonly SiloRuntime _silo;
    private readonly Func<TState, CancellationToken, Task> _callback;
    private readonly TState _state;
    private readonly GrainTimerCreationOptions _options;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Timer _timer;
    private TimeSpan _dueTime;
    private TimeSpan _period;

    public GrainTimer(ActivationData activation, SiloRuntime silo, Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        _activation = activation;
        _silo = silo;
        _callback = callback;
        _state = state;
        _options = options;
        _dueTime = options.DueTime;
        _period = options.Period;
        _timer = new Timer(static s => ((GrainTimer<TState>)s!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public bool Interleave => _options.Interleave;

    public long CallChainId { get; private set; }

    public void Start() => Schedule(_dueTime);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _dueTime = dueTime;
        _period = period;
        Schedule(dueTime);
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    public async Task RunAsync()
    {
        CallChainId = RuntimeClient.CreateCallChainId();
        CallContext.Current = new CallScope(_activation, CallChainId);
        if (_options.KeepAlive)
        {
            _activation.RecordActivity();
        }

        try
        {
            if (!_disposed.IsCancellationRequested)
            {
                await _callback(_state, _disposed.Token);
            }
        }
        catch (Exception exception)
        {
            // A failing tick is logged; the timer keeps running (Orleans semantics).
            RuntimeLog.TimerTickFailed(_silo.Logger, exception, _activation.GrainId);
        }
        finally
        {
            _activation.OnWorkItemCompleted(this);
            if (_period != Timeout.InfiniteTimeSpan)
            {
                Schedule(_period);
            }
        }
    }

    private void Schedule(TimeSpan delay)
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        try
        {
            _timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed concurrently: nothing to schedule.
        }
    }

    private void OnTimer()
    {
        if (!_disposed.IsCancellationRequested && !_silo.IsKilled)
        {
            _activation.EnqueueWorkItem(this);
        }
    }
}
