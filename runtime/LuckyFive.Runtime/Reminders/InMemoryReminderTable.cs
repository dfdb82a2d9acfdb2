using System.Globalization;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>An in-memory reminder table shared by the silos of one process, with the same ETag rules as PostgreSQL.</summary>
public sealed class InMemoryReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId, string), ReminderEntry> _rows = [];
    private int _versionCounter;

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(_rows.Values.Where(r => r.GrainId == grainId).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRows(uint beginHash, uint endHash)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(
                _rows.Values.Where(r => InRange(r.GrainId.GetUniformHashCode(), beginHash, endHash)).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.TryGetValue((grainId, reminderName), out var row) ? row : null);
        }
    }

    /// <inheritdoc />
    public Task<string> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            var etag = (++_versionCounter).ToString(CultureInfo.InvariantCulture);
            _rows[(entry.GrainId, entry.ReminderName)] = entry with { ETag = etag };
            return Task.FromResult(etag);
        }
    }

    /// <inheritdoc />
    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue((grainId, reminderName), out var row) && row.ETag == eTag)
            {
                _rows.Remove((grainId, reminderName));
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        }
    }

    /// <summary>Whether <paramref name="hash"/> is in the ring range (begin, end]; begin == end is the whole ring.</summary>
    public static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : begin == end || hash > begin || hash <= end;
}
