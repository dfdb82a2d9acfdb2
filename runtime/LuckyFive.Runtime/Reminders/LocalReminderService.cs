using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Runs the reminders this silo owns: the grains whose hash falls in its range of the consistent ring of active
/// silos. Ownership moves with membership; the new owner computes the next tick (missed ticks are not replayed).
/// Also the <see cref="IReminderRegistry"/> behind the reminder methods of <see cref="Grain"/>.
/// </summary>
internal sealed class LocalReminderService(SiloRuntime silo, IReminderTable? table, ReminderOptions options) : IReminderRegistry, IDisposable
{
    private readonly ConcurrentDictionary<(GrainId, string), LocalReminder> _running = new();
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private Timer? _refreshTimer;
    private volatile bool _stopped;

    private IReminderTable Table => table ?? throw new InvalidOperationException("No reminder table is configured on this silo (call UseInMemoryReminderService or another reminder provider).");

    public int RunningCount => _running.Count;

    public async Task StartAsync()
    {
        if (table is null)
        {
            return;
        }

        await ReloadRangeAsync().ConfigureAwait(false);
        _refreshTimer = new Timer(_ => _ = ReloadRangeAsync(), null, options.RefreshReminderListPeriod, options.RefreshReminderListPeriod);
    }

    public void Stop()
    {
        _stopped = true;
        _refreshTimer?.Dispose();
        foreach (var reminder in _running.Values)
        {
            reminder.Dispose();
        }

        _running.Clear();
    }

    public void Dispose()
    {
        Stop();
        _reloadLock.Dispose();
    }

    public void OnMembershipChanged()
    {
        if (table is not null && !_stopped)
        {
            _ = ReloadRangeAsync();
        }
    }

    public async Task<IGrainReminder> RegisterOrUpdateReminder(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
        if (period < options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"Reminder periods must be at least {options.MinimumReminderPeriod} (ReminderOptions.MinimumReminderPeriod).");
        }

        var entry = new ReminderEntry { GrainId = grainId, ReminderName = reminderName, StartAt = DateTime.UtcNow + dueTime, Period = period };
        var etag = await Table.UpsertRow(entry).ConfigureAwait(false);
        NotifyOwner(grainId);
        return new ReminderHandle(reminderName, etag);
    }

    public async Task UnregisterReminder(GrainId grainId, IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var row = await Table.ReadRow(grainId, reminder.ReminderName).ConfigureAwait(false);
        if (row?.ETag is { } etag)
        {
            await Table.RemoveRow(grainId, reminder.ReminderName, etag).ConfigureAwait(false);
        }

        NotifyOwner(grainId);
    }

    public async Task<IGrainReminder?> GetReminder(GrainId grainId, string reminderName)
    {
        var row = await Table.ReadRow(grainId, reminderName).ConfigureAwait(false);
        return row is null ? null : new ReminderHandle(row.ReminderName, row.ETag);
    }

    public async Task<IReadOnlyList<IGrainReminder>> GetReminders(GrainId grainId)
    {
        var rows = await Table.ReadRows(grainId).ConfigureAwait(false);
        return rows.Select(r => (IGrainReminder)new ReminderHandle(r.ReminderName, r.ETag)).ToArray();
    }

    /// <summary>Re-reads one grain's reminders (it changed and this silo owns it).</summary>
    public async Task ReloadGrainAsync(GrainId grainId)
    {
        if (table is null || _stopped)
        {
            return;
        }

        var rows = await table.ReadRows(grainId).ConfigureAwait(false);
        Reconcile(rows, r => r.GrainId == grainId);
    }

    private void NotifyOwner(GrainId grainId)
    {
        var owner = OwnerOf(grainId.GetUniformHashCode());
        if (owner is null || owner == silo.Address)
        {
            _ = ReloadGrainAsync(grainId);
            return;
        }

        try
        {
            silo.Transport.Send(owner, new Message { Kind = MessageKind.ReminderChanged, Sender = silo.Address, SystemPayload = grainId.ToString() });
        }
        catch (SiloUnavailableException)
        {
            // The owner is going away; the next owner loads the reminder when membership changes.
        }
    }

    private SiloAddress? OwnerOf(uint hash)
    {
        var ring = Ring();
        if (ring.Length == 0)
        {
            return null;
        }

        foreach (var (siloHash, address) in ring)
        {
            if (hash <= siloHash)
            {
                return address;
            }
        }

        return ring[0].Address;
    }

    private (uint Hash, SiloAddress Address)[] Ring() =>
        silo.Membership.Current.ActiveSilos.Select(s => (s.GetUniformHashCode(), s)).OrderBy(x => x.Item1).ToArray();

    private async Task ReloadRangeAsync()
    {
        if (table is null || _stopped)
        {
            return;
        }

        await _reloadLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var ring = Ring();
            var index = Array.FindIndex(ring, r => r.Address == silo.Address);
            if (index < 0)
            {
                Reconcile([], _ => true);
                return;
            }

            var end = ring[index].Hash;
            var begin = ring[(index - 1 + ring.Length) % ring.Length].Hash;
            var rows = await table.ReadRows(begin, end).ConfigureAwait(false);
            Reconcile(rows, _ => true);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            RuntimeLog.ReminderLoadFailed(silo.Logger, exception);
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    private void Reconcile(IReadOnlyList<ReminderEntry> rows, Func<ReminderEntry, bool> scope)
    {
        if (_stopped)
        {
            return;
        }

        var wanted = rows.ToDictionary(r => (r.GrainId, r.ReminderName));
        foreach (var (key, running) in _running)
        {
            if (scope(running.Entry) && (!wanted.TryGetValue(key, out var row) || row.ETag != running.Entry.ETag))
            {
                if (_running.TryRemove(new KeyValuePair<(GrainId, string), LocalReminder>(key, running)))
                {
                    running.Dispose();
                }
            }
        }

        foreach (var (key, row) in wanted)
        {
            if (!_running.ContainsKey(key))
            {
                var reminder = new LocalReminder(silo, row);
                if (_running.TryAdd(key, reminder))
                {
                    reminder.Start();
                }
                else
                {
                    reminder.Dispose();
                }
            }
        }
    }

    private sealed record ReminderHandle(string ReminderName, string? ETag) : IGrainReminder;
}
