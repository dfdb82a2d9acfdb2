using System.Globalization;
using LuckyFive.Runtime.Abstractions;
using Npgsql;

namespace LuckyFive.Runtime.Postgres.Reminders;

/// <summary>
/// Durable reminders in PostgreSQL (<c>luckyfive_reminders</c>). Each silo reads the rows of its hash range of
/// the ring; the version column is the ETag, so removing a reminder someone re-registered meanwhile is refused.
/// </summary>
public sealed class PostgresReminderTable(NpgsqlDataSource dataSource, string serviceId) : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at, period_ms, version";

    private const string Upsert = """
        INSERT INTO luckyfive_reminders (service_id, grain_id, reminder_name, grain_hash, start_at, period_ms, version)
        VALUES ($1, $2, $3, $4, $5, $6, nextval('luckyfive_reminder_versions'))
        ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
            SET start_at = excluded.start_at, period_ms = excluded.period_ms, version = excluded.version
        RETURNING version
        """;

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId) =>
        QueryAsync($"SELECT {Columns} FROM luckyfive_reminders WHERE service_id = $1 AND grain_id = $2", grainId.ToString());

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRows(uint beginHash, uint endHash)
    {
        // Ranges are (begin, end] on the ring; begin == end is the whole ring, begin > end wraps past zero.
        var condition = beginHash < endHash ? "grain_hash > $2 AND grain_hash <= $3"
            : beginHash == endHash ? "$2 = $3"
            : "(grain_hash > $2 OR grain_hash <= $3)";
        return QueryAsync($"SELECT {Columns} FROM luckyfive_reminders WHERE service_id = $1 AND {condition}", (long)beginHash, (long)endHash);
    }

    /// <inheritdoc />
    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await QueryAsync(
            $"SELECT {Columns} FROM luckyfive_reminders WHERE service_id = $1 AND grain_id = $2 AND reminder_name = $3",
            grainId.ToString(),
            reminderName);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<string> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = dataSource.CreateCommand(Upsert);
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.GrainId.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.ReminderName });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)entry.GrainId.GetUniformHashCode() });
        command.Parameters.Add(new NpgsqlParameter { Value = AsUtc(entry.StartAt) });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)entry.Period.TotalMilliseconds });
        var version = (long)(await command.ExecuteScalarAsync())!;
        return version.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await using var command = dataSource.CreateCommand(
            "DELETE FROM luckyfive_reminders WHERE service_id = $1 AND grain_id = $2 AND reminder_name = $3 AND version = $4");
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = reminderName });
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private async Task<IReadOnlyList<ReminderEntry>> QueryAsync(string sql, params object[] arguments)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        foreach (var argument in arguments)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = argument });
        }

        var rows = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = reader.GetFieldValue<DateTime>(2),
                Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                ETag = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture),
            });
        }

        return rows;
    }

    // timestamptz takes UTC only; an unspecified kind is taken to be UTC already.
    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
