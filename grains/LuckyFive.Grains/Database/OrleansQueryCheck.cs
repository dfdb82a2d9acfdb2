using Npgsql;

namespace LuckyFive.Grains.Database;

/// <summary>
/// Checks that <c>OrleansQuery</c> holds every query Orleans' ADO.NET clustering, storage and reminder providers
/// look up. Run after the migrations and before the silo starts, so a missing row stops the process with one line
/// naming it. Orleans' own start-up checks fail later, half-way through the silo's start, with a less clear message
/// (the storage provider's is "Sequence contains no matching element").
/// </summary>
public static class OrleansQueryCheck
{
    /// <summary>The keys the Orleans 10.4 providers require: 9 for clustering, 4 for storage, 7 for reminders.</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } =
    [
        "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey",
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    /// <exception cref="SchemaMigrationException">One or more required keys are missing (blank texts are refused by the table's own check).</exception>
    public static async Task VerifyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand("SELECT QueryKey FROM OrleansQuery"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                present.Add(reader.GetString(0));
            }
        }

        var missing = RequiredKeys.Where(key => !present.Contains(key)).ToList();
        if (missing.Count > 0)
        {
            throw new SchemaMigrationException(
                $"table OrleansQuery lacks the Orleans provider queries {string.Join(", ", missing)}; restore them from migration 0001 (or a backup) before starting a silo");
        }
    }
}
