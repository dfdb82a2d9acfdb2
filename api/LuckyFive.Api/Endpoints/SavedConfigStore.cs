using System.Text.Json;
using System.Text.Json.Serialization;
using LuckyFive.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace LuckyFive.Api.Endpoints;

/// <summary>A saved config: a simulation request under a unique name, the mode it may be the default of, and its use.</summary>
internal sealed record SavedConfig(
    string Id,
    string Name,
    string? Description,
    SimulationRequest Request,
    IReadOnlyList<string> Tags,
    string Mode,
    bool IsDefault,
    int TimesUsed,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>What became of a replacement.</summary>
internal enum SavedConfigUpdate
{
    Updated,
    NotFound,
    NameTaken,
    VersionChanged,
}

/// <summary>
/// The <c>saved_configs</c> table (migration 0009), through the process's pool. Every statement is parameterised; the
/// request is stored as the API's snake_case JSON, without the fields it left out.
/// </summary>
internal sealed class SavedConfigStore(LuckyFiveDatabase database, TimeProvider time, IOptions<HttpJsonOptions> json)
{
    private const string Columns =
        "id, name, description, recipe::text, tags, mode, is_default, times_used, last_used_at, created_at, updated_at, version";

    private const string UniqueViolation = "23505";

    // "LFCFGDEF": serialises every change of defaults, so two configs of a mode never race to be its default.
    private const long DefaultsLock = 0x4C46_4346_4744_4546;

    private readonly JsonSerializerOptions _json = new(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The new config, or null when another config has the name (whatever its case).</summary>
    public async Task<SavedConfig?> CreateAsync(
        string name, string? description, SimulationRequest request, IReadOnlyList<string> tags, string mode, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            INSERT INTO saved_configs (id, name, description, recipe, tags, mode, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
            ON CONFLICT DO NOTHING RETURNING {Columns}
            """);
        Add(command, Guid.CreateVersion7().ToString("N"), name, description, request, tags, mode);
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<SavedConfig?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM saved_configs WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<SavedConfig?> GetDefaultAsync(string mode, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM saved_configs WHERE mode = $1 AND is_default");
        command.Parameters.Add(new NpgsqlParameter { Value = mode });
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>
    /// Configs by name (case-insensitive, then by id) after <paramref name="after"/>, optionally only those with a tag
    /// or of a mode: one page and one more.
    /// </summary>
    public async Task<IReadOnlyList<SavedConfig>> ListAsync(
        string? tag, string? mode, (string Name, string Id)? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            SELECT {Columns} FROM saved_configs
            WHERE ($1::text IS NULL OR tags @> ARRAY[$1::text])
              AND ($2::text IS NULL OR mode = $2)
              AND ($3::text IS NULL OR (lower(name), id) > (lower($3), $4))
            ORDER BY lower(name), id
            LIMIT $5
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)tag ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)mode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)after?.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)after?.Id ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)limit + 1 });
        var configs = new List<SavedConfig>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            configs.Add(Read(reader));
        }

        return configs;
    }

    /// <summary>
    /// Replaces name, description, request, tags and mode when the config is at one of <paramref name="versions"/> (any
    /// version when null). A config moved to another mode stops being a default.
    /// </summary>
    public async Task<(SavedConfig? Config, SavedConfigUpdate Outcome)> UpdateAsync(
        string id,
        IReadOnlyList<int>? versions,
        string name,
        string? description,
        SimulationRequest request,
        IReadOnlyList<string> tags,
        string mode,
        CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            UPDATE saved_configs
            SET name = $2, description = $3, recipe = $4, tags = $5, is_default = is_default AND mode = $6, mode = $6,
                updated_at = $7, version = version + 1
            WHERE id = $1 AND ($8::integer[] IS NULL OR version = ANY($8))
            RETURNING {Columns}
            """);
        Add(command, id, name, description, request, tags, mode);
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)versions?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        try
        {
            if (await ReadOneAsync(command, cancellationToken) is { } updated)
            {
                return (updated, SavedConfigUpdate.Updated);
            }
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            return (null, SavedConfigUpdate.NameTaken);
        }

        var current = await GetAsync(id, cancellationToken);
        return (current, current is null ? SavedConfigUpdate.NotFound : SavedConfigUpdate.VersionChanged);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("DELETE FROM saved_configs WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Makes the config the default of its mode and clears the previous default, in one transaction; null when there
    /// is no such config. Making the default the default again changes nothing.
    /// </summary>
    public async Task<SavedConfig?> SetDefaultAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockDefaults = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockDefaults.Parameters.Add(new NpgsqlParameter { Value = DefaultsLock });
            await lockDefaults.ExecuteNonQueryAsync(cancellationToken);
        }

        // The row lock keeps the config's mode as read until the transaction ends.
        string mode;
        await using (var read = new NpgsqlCommand("SELECT mode FROM saved_configs WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter { Value = id });
            if (await read.ExecuteScalarAsync(cancellationToken) is not string found)
            {
                return null;
            }

            mode = found;
        }

        await using (var clear = new NpgsqlCommand(
            "UPDATE saved_configs SET is_default = false, updated_at = $3, version = version + 1 WHERE mode = $1 AND is_default AND id <> $2",
            connection,
            transaction))
        {
            clear.Parameters.Add(new NpgsqlParameter { Value = mode });
            clear.Parameters.Add(new NpgsqlParameter { Value = id });
            clear.Parameters.Add(new NpgsqlParameter { Value = now });
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        SavedConfig config;
        await using (var set = new NpgsqlCommand(
            $"""
            UPDATE saved_configs
            SET is_default = true,
                updated_at = CASE WHEN is_default THEN updated_at ELSE $2 END,
                version = CASE WHEN is_default THEN version ELSE version + 1 END
            WHERE id = $1
            RETURNING {Columns}
            """,
            connection,
            transaction))
        {
            set.Parameters.Add(new NpgsqlParameter { Value = id });
            set.Parameters.Add(new NpgsqlParameter { Value = now });
            config = (await ReadOneAsync(set, cancellationToken))!;
        }

        await transaction.CommitAsync(cancellationToken);
        return config;
    }

    /// <summary>Counts a simulation started from the config.</summary>
    public async Task MarkUsedAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "UPDATE saved_configs SET times_used = times_used + 1, last_used_at = $2, version = version + 1 WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Parameters $1..$6: id, name, description, request, tags, mode.
    private void Add(NpgsqlCommand command, string id, string name, string? description, SimulationRequest request, IReadOnlyList<string> tags, string mode)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)description ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        // Declared as the request, so only its fields are stored whatever type is passed.
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize<SimulationRequest>(request, _json), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = tags.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = mode });
    }

    private async Task<SavedConfig?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private SavedConfig Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        JsonSerializer.Deserialize<SimulationRequest>(reader.GetString(3), _json)!,
        reader.GetFieldValue<string[]>(4),
        reader.GetString(5),
        reader.GetBoolean(6),
        reader.GetInt32(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
        reader.GetFieldValue<DateTimeOffset>(9),
        reader.GetFieldValue<DateTimeOffset>(10),
        reader.GetInt32(11));
}
