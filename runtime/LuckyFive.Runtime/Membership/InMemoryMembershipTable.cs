using System.Globalization;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>An in-memory membership table for the silos of one process, with the same CAS rules as PostgreSQL.</summary>
public sealed class InMemoryMembershipTable : IMembershipTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SiloAddress, (MembershipEntry Entry, int RowVersion)> _rows = [];
    private int _version;
    private int _rowVersionCounter;

    /// <inheritdoc />
    public Task InitializeMembershipTable(bool tryInitTableVersion) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<MembershipTableData> ReadAll()
    {
        lock (_lock)
        {
            return Task.FromResult(Snapshot(_rows.Values));
        }
    }

    /// <inheritdoc />
    public Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        lock (_lock)
        {
            return Task.FromResult(Snapshot(_rows.TryGetValue(key, out var row) ? [row] : []));
        }
    }

    /// <inheritdoc />
    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        lock (_lock)
        {
            if (_rows.ContainsKey(entry.SiloAddress) || tableVersion.Version != _version + 1)
            {
                return Task.FromResult(false);
            }

            _rows[entry.SiloAddress] = (entry, ++_rowVersionCounter);
            _version++;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        lock (_lock)
        {
            if (!_rows.TryGetValue(entry.SiloAddress, out var row)
                || row.RowVersion.ToString(CultureInfo.InvariantCulture) != etag
                || tableVersion.Version != _version + 1)
            {
                return Task.FromResult(false);
            }

            _rows[entry.SiloAddress] = (entry, ++_rowVersionCounter);
            _version++;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            if (_rows.TryGetValue(entry.SiloAddress, out var row))
            {
                _rows[entry.SiloAddress] = (row.Entry with { IAmAliveTime = entry.IAmAliveTime }, row.RowVersion);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        lock (_lock)
        {
            foreach (var (address, row) in _rows.ToArray())
            {
                if (row.Entry.Status != SiloStatus.Active && row.Entry.IAmAliveTime < beforeDate.UtcDateTime)
                {
                    _rows.Remove(address);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteMembershipTableEntries(string clusterId)
    {
        lock (_lock)
        {
            _rows.Clear();
            _version = 0;
        }

        return Task.CompletedTask;
    }

    private MembershipTableData Snapshot(IEnumerable<(MembershipEntry Entry, int RowVersion)> rows) =>
        new(
            rows.Select(r => (r.Entry, r.RowVersion.ToString(CultureInfo.InvariantCulture))).ToArray(),
            new TableVersion(_version, _version.ToString(CultureInfo.InvariantCulture)));
}
