using System.Globalization;
using System.Text;
using LuckyFive.Runtime.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace LuckyFive.Runtime.Postgres.Storage;

/// <summary>
/// Grain state in PostgreSQL (<c>luckyfive_grain_state</c>): one row per (service, grain type, grain key, state
/// name), the integer version as ETag, the state as <c>jsonb</c>. Every write is a compare-and-swap on the version,
/// so a stale writer gets <see cref="InconsistentStateException"/> and never overwrites newer state.
/// </summary>
public sealed class PostgresGrainStorage(NpgsqlDataSource dataSource, string serviceId, GrainSerializer serializer) : IGrainStorage
{
    private const string Select = """
        SELECT version, payload::text FROM luckyfive_grain_state
        WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4
        """;

    private const string Insert = """
        INSERT INTO luckyfive_grain_state (service_id, grain_type, grain_key, state_name, version, payload)
        VALUES ($1, $2, $3, $4, 1, $5)
        ON CONFLICT DO NOTHING
        RETURNING version
        """;

    private const string Update = """
        UPDATE luckyfive_grain_state SET payload = $5, version = version + 1, modified_at = now()
        WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4 AND version = $6
        RETURNING version
        """;

    private const string Delete = """
        DELETE FROM luckyfive_grain_state
        WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4 AND version = $5
        """;

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var stored = await ReadAsync(stateName, grainId, cancellationToken);
        if (stored is { } row)
        {
            grainState.State = (T)serializer.Deserialize(Encoding.UTF8.GetBytes(row.Payload), typeof(T))!;
            grainState.ETag = ToETag(row.Version);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = StateFactory.Create<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = Encoding.UTF8.GetString(serializer.Serialize(grainState.State, typeof(T)));
        var expected = ParseETag(grainState.ETag, stateName, grainId);
        await using var command = dataSource.CreateCommand(expected is null ? Insert : Update);
        AddKey(command, stateName, grainId);
        command.Parameters.Add(new NpgsqlParameter { Value = payload, NpgsqlDbType = NpgsqlDbType.Jsonb });
        if (expected is { } version)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = version });
        }

        var written = await command.ExecuteScalarAsync(cancellationToken);
        if (written is not long newVersion)
        {
            throw await ConflictAsync("writing", stateName, grainId, grainState.ETag, cancellationToken);
        }

        grainState.ETag = ToETag(newVersion);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (ParseETag(grainState.ETag, stateName, grainId) is { } version)
        {
            await using var command = dataSource.CreateCommand(Delete);
            AddKey(command, stateName, grainId);
            command.Parameters.Add(new NpgsqlParameter { Value = version });
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw await ConflictAsync("clearing", stateName, grainId, grainState.ETag, cancellationToken);
            }
        }
        else if (await ReadAsync(stateName, grainId, cancellationToken) is not null)
        {
            // The caller believes there is no record, but someone wrote one: clearing it blind would lose that write.
            throw await ConflictAsync("clearing", stateName, grainId, null, cancellationToken);
        }

        grainState.State = StateFactory.Create<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task<(long Version, string Payload)?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Select);
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private async Task<InconsistentStateException> ConflictAsync(
        string action, string stateName, GrainId grainId, string? currentETag, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(stateName, grainId, cancellationToken);
        return new InconsistentStateException(
            $"Version conflict {action} state '{stateName}' of {grainId}.", stored is { } row ? ToETag(row.Version) : null, currentETag);
    }

    private void AddKey(NpgsqlCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.Type });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = stateName });
    }

    private static string ToETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long? ParseETag(string? etag, string stateName, GrainId grainId) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw new InconsistentStateException($"State '{stateName}' of {grainId} has ETag '{etag}', which this storage never issued.", null, etag);
}
