using System.Collections.Concurrent;

namespace LuckyFive.Runtime;

/// <summary>
/// Enforces activation timeouts with one silo-wide timer instead of a timer per activation: each activation step
/// registers a deadline, and the sweep cancels the step's token and reports expiry.
/// </summary>
internal sealed class LifecycleWatchdog : IDisposable
{
    private readonly ConcurrentDictionary<Deadline, byte> _deadlines = new();
    private readonly Timer _timer;

    public LifecycleWatchdog(TimeSpan shortestTimeout)
    {
        var period = TimeSpan.FromMilliseconds(Math.Clamp(shortestTimeout.TotalMilliseconds / 10, 10, 1000));
        _timer = new Timer(static state => ((LifecycleWatchdog)state!).Sweep(), this, period, period);
    }

    /// <summary>Starts a deadline; <paramref name="onExpired"/> is called with <paramref name="state"/> if it passes.</summary>
    public Deadline Start(TimeSpan timeout, Action<object> onExpired, object state)
    {
        var deadline = new Deadline(this, Environment.TickCount64 + (long)timeout.TotalMilliseconds, onExpired, state);
        _deadlines[deadline] = 0;
        return deadline;
    }

    public void Dispose() => _timer.Dispose();

    private void Sweep()
    {
        var now = Environment.TickCount64;
        foreach (var (deadline, _) in _deadlines)
        {
            if (now > deadline.At && _deadlines.TryRemove(deadline, out _))
            {
                deadline.Expire();
            }
        }
    }

    /// <summary>One step's deadline; dispose it when the step completes in time.</summary>
    internal sealed class Deadline(LifecycleWatchdog owner, long at, Action<object> onExpired, object state) : IDisposable
    {
        private readonly CancellationTokenSource _cancellation = new();

        public long At { get; } = at;

        public CancellationToken Token => _cancellation.Token;

        public bool Expired => _cancellation.IsCancellationRequested;

        public void Dispose()
        {
            owner._deadlines.TryRemove(this, out _);
            _cancellation.Dispose();
        }

        internal void Expire()
        {
            try
            {
                _cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                return; // Completed just in time.
            }

            onExpired(state);
        }
    }
}
