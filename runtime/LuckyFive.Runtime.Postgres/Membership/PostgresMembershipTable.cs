using System.Data;
using System.Globalization;
using LuckyFive.Runtime.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace LuckyFive.Runtime.Postgres.Membership;

/// <summary>
/// The membership table in PostgreSQL: a version row per cluster and a row per silo incarnation. Inserting or
/// updating a silo's row and advancing the version happen in one transaction that fails unless the version is
/// exactly the one the caller read (compare-and-swap), so concurrent status changes are serialised. IAmAlive is
/// stamped with the database's clock.
/// </summary>
public sealed class PostgresMembershipTable(NpgsqlDataSource dataSource, string clusterId) : IMembershipTable
{
    private const string SelectColumns = """
        SELECT v.version, m.endpoint, m.generation, m.silo_name, m.host_name, m.status, m.start_time, m.i_am_alive_time,
               m.suspicions::text, m.grain_types::text, m.row_version
        FROM luckyfive_membership_version v
        LEFT JOIN luckyfive_membership m ON m.cluster_id = v.cluster_id
        """;

    private const string AdvanceVersion = """
        UPDATE luckyfive_membership_version SET version = $2, updated_at = now() WHERE cluster_id = $1 AND version = $2 - 1
        """;

    private const string InsertSilo = """
        INSERT INTO luckyfive_membership
            (cluster_id, endpoint, generation, silo_name, host_name, status, start_time, suspicions, grain_types)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT DO NOTHING
        """;

    private const string UpdateSilo = """
        UPDATE luckyfive_membership
        SET silo_name = $4, host_name = $5, status = $6, start_time = $7, suspicions = $8, grain_types = $9,
            row_version = row_version + 1
        WHERE cluster_id = $1 AND endpoint = $2 AND generation = $3 AND row_version = $10
        """;

    /// <inheritdoc />
    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        if (!tryInitTableVersion)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            "INSERT INTO luckyfive_membership_version (cluster_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public Task<MembershipTableData> ReadAll() => ReadAsync(null);

    /// <inheritdoc />
    public Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ReadAsync(key);
    }

    /// <inheritdoc />
    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => WriteAsync(entry, null, tableVersion);

    /// <inheritdoc />
    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(etag);
        return long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var rowVersion)
            ? WriteAsync(entry, rowVersion, tableVersion)
            : Task.FromResult(false);
    }

    /// <inheritdoc />
    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = dataSource.CreateCommand(
            "UPDATE luckyfive_membership SET i_am_alive_time = now() WHERE cluster_id = $1 AND endpoint = $2 AND generation = $3");
        AddKey(command, entry.SiloAddress);
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM luckyfive_membership WHERE cluster_id = $1 AND status <> $2 AND i_am_alive_time < $3");
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        command.Parameters.Add(new NpgsqlParameter { Value = (short)SiloStatus.Active });
        command.Parameters.Add(new NpgsqlParameter { Value = beforeDate.UtcDateTime });
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM luckyfive_membership_version WHERE cluster_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        await command.ExecuteNonQueryAsync();
    }

    private async Task<bool> WriteAsync(MembershipEntry entry, long? rowVersion, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
        await using (var advance = new NpgsqlCommand(AdvanceVersion, connection, transaction))
        {
            advance.Parameters.Add(new NpgsqlParameter { Value = clusterId });
            advance.Parameters.Add(new NpgsqlParameter { Value = tableVersion.Version });
            if (await advance.ExecuteNonQueryAsync() != 1)
            {
                return false;
            }
        }

        await using var write = new NpgsqlCommand(rowVersion is null ? InsertSilo : UpdateSilo, connection, transaction);
        AddKey(write, entry.SiloAddress);
        write.Parameters.Add(new NpgsqlParameter { Value = entry.SiloName });
        write.Parameters.Add(new NpgsqlParameter { Value = entry.HostName });
        write.Parameters.Add(new NpgsqlParameter { Value = (short)entry.Status });
        write.Parameters.Add(new NpgsqlParameter { Value = DateTime.SpecifyKind(entry.StartTime, DateTimeKind.Utc) });
        write.Parameters.Add(new NpgsqlParameter { Value = MembershipJson.Suspicions(entry.SuspectTimes), NpgsqlDbType = NpgsqlDbType.Jsonb });
        write.Parameters.Add(new NpgsqlParameter { Value = MembershipJson.GrainTypes(entry.GrainTypes), NpgsqlDbType = NpgsqlDbType.Jsonb });
        if (rowVersion is { } expected)
        {
            write.Parameters.Add(new NpgsqlParameter { Value = expected });
        }

        if (await write.ExecuteNonQueryAsync() != 1)
        {
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }

    private async Task<MembershipTableData> ReadAsync(SiloAddress? key)
    {
        var sql = key is null
            ? SelectColumns + " WHERE v.cluster_id = $1"
            : SelectColumns.Replace("ON m.cluster_id = v.cluster_id", "ON m.cluster_id = v.cluster_id AND m.endpoint = $2 AND m.generation = $3", StringComparison.Ordinal)
              + " WHERE v.cluster_id = $1";
        await using var command = dataSource.CreateCommand(sql);
        if (key is null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        }
        else
        {
            AddKey(command, key);
        }

        var members = new List<(MembershipEntry, string)>();
        var version = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            version = reader.GetInt32(0);
            if (!reader.IsDBNull(1))
            {
                members.Add((ReadEntry(reader), reader.GetInt64(10).ToString(CultureInfo.InvariantCulture)));
            }
        }

        return new MembershipTableData(members, new TableVersion(version, version.ToString(CultureInfo.InvariantCulture)));
    }

    private static MembershipEntry ReadEntry(NpgsqlDataReader reader) => new()
    {
        SiloAddress = new SiloAddress(reader.GetString(1), reader.GetInt32(2)),
        SiloName = reader.GetString(3),
        HostName = reader.GetString(4),
        Status = (SiloStatus)reader.GetInt16(5),
        StartTime = reader.GetFieldValue<DateTime>(6),
        IAmAliveTime = reader.GetFieldValue<DateTime>(7),
        SuspectTimes = MembershipJson.Suspicions(reader.GetString(8)),
        GrainTypes = MembershipJson.GrainTypes(reader.GetString(9)),
    };

    private void AddKey(NpgsqlCommand command, SiloAddress silo)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        command.Parameters.Add(new NpgsqlParameter { Value = silo.Endpoint });
        command.Parameters.Add(new NpgsqlParameter { Value = silo.Generation });
    }
}
