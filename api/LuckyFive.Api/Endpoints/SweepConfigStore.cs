using LuckyFive.Hosting;
using Npgsql;
using NpgsqlTypes;

namespace LuckyFive.Api.Endpoints;

/// <summary>A saved sweep spec: a name people find it by and the spec JSON, validated when it was saved.</summary>
internal sealed record SweepConfig(
    string Id,
    string Name,
    string? Description,
    string SpecJson,
    int TimesUsed,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The <c>sweep_configs</c> table (migration 0008), through the process's pool. Every statement is parameterised.</summary>
internal sealed class SweepConfigStore(LuckyFiveDatabase database, TimeProvider time)
{
    private const string Columns = "id, name, description, spec::text, times_used, last_used_at, created_at, updated_at";
    private const string UniqueViolation = "23505";

    /// <summary>The new config, or null when another config has the name (whatever its case).</summary>
    public async Task<SweepConfig?> CreateAsync(string name, string? description, string specJson, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var command = database.DataSource.CreateCommand($"""
            INSERT INTO sweep_configs (id, name, description, spec, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
            ON CONFLICT DO NOTHING RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7().ToString("N") });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)description ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = specJson, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<SweepConfig?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM sweep_configs WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>Configs by name (case-insensitive, then by id), after the given one, one page and one more.</summary>
    public async Task<IReadOnlyList<SweepConfig>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            SELECT {Columns} FROM sweep_configs
            WHERE $1::text IS NULL OR (lower(name), id) > (SELECT lower(name), id FROM sweep_configs WHERE id = $1)
            ORDER BY lower(name), id
            LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)afterId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)limit + 1 });
        var configs = new List<SweepConfig>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            configs.Add(Read(reader));
        }

        return configs;
    }

    /// <summary>Replaces name, description and spec; the outcome says whether the config was there and the name free.</summary>
    public async Task<(SweepConfig? Config, bool NameTaken)> UpdateAsync(
        string id, string name, string? description, string specJson, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            UPDATE sweep_configs SET name = $2, description = $3, spec = $4, updated_at = $5 WHERE id = $1 RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)description ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = specJson, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        try
        {
            return (await ReadOneAsync(command, cancellationToken), false);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            return (null, true);
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("DELETE FROM sweep_configs WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Counts a sweep started from the config.</summary>
    public async Task MarkUsedAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "UPDATE sweep_configs SET times_used = times_used + 1, last_used_at = $2 WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<SweepConfig?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static SweepConfig Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        reader.GetInt32(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.GetFieldValue<DateTimeOffset>(7));
}
