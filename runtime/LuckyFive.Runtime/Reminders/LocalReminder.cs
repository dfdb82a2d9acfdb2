using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>One reminder ticking on its owner silo: each tick is a grain call to <see cref="IRemindable.ReceiveReminder"/>.</summary>
internal sealed class LocalReminder : IDisposable
{
    private readonly SiloRuntime _silo;
    private readonly Timer _timer;
    private volatile bool _disposed;

    public LocalReminder(SiloRuntime silo, ReminderEntry entry)
    {
        _silo = silo;
        Entry = entry;
        _timer = new Timer(static state => _ = ((LocalReminder)state!).TickAsync(), this, Timeout.Infinite, Timeout.Infinite);
    }

    public ReminderEntry Entry { get; }

    public void Start() => ScheduleNext();

    public void Dispose()
    {
        _disposed = true;
        _timer.Dispose();
    }

    private void ScheduleNext()
    {
        if (_disposed)
        {
            return;
        }

        var now = DateTime.UtcNow;
        var next = Entry.StartAt;
        if (next < now)
        {
            // Missed ticks are not replayed: continue at the next multiple of the period.
            var periods = (long)Math.Ceiling((now - Entry.StartAt) / Entry.Period);
            next = Entry.StartAt + (Entry.Period * periods);
        }

        try
        {
            _timer.Change(next - now, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed concurrently.
        }
    }

    private async Task TickAsync()
    {
        if (_disposed || _silo.IsKilled)
        {
            return;
        }

        try
        {
            var grain = _silo.Client.GetGrain<IRemindable>(Entry.GrainId);
            await grain.ReceiveReminder(Entry.ReminderName, new TickStatus(Entry.StartAt, Entry.Period, DateTime.UtcNow)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            RuntimeLog.ReminderTickFailed(_silo.Logger, exception, Entry.GrainId, Entry.ReminderName);
        }

        // The next tick is due a period after this one was due, at least a moment from now.
        await Task.Delay(1).ConfigureAwait(false);
        ScheduleNext();
    }
}
