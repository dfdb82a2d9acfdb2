using System.Text.Json;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Hosting;
using NpgsqlTypes;

namespace LuckyFive.Grains.Simulations;

/// <summary>
/// The <c>simulations</c> table: each simulation's latest status, written by its grain on every change, so listing
/// and filtering read one table instead of waking every grain.
/// </summary>
public sealed class SimulationReadModel(GrainDatabase database, TimeProvider time)
{
    public async Task WriteAsync(SimulationStatus status, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO simulations (id, state, strategy, preset, ledger_id, draws_version, contests_total, contests_done,
                                     created_at, finished_at, updated_at, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT (id) DO UPDATE SET
                state = excluded.state, contests_done = excluded.contests_done, finished_at = excluded.finished_at,
                updated_at = excluded.updated_at, status = excluded.status
            """);
        command.Parameters.Add(new() { Value = status.Id });
        command.Parameters.Add(new() { Value = status.State.Name() });
        command.Parameters.Add(new() { Value = status.Spec.Strategy });
        command.Parameters.Add(new() { Value = (object?)status.Spec.Preset ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = status.LedgerId });
        command.Parameters.Add(new() { Value = status.DrawsVersion });
        command.Parameters.Add(new() { Value = status.ContestsTotal });
        command.Parameters.Add(new() { Value = status.ContestsDone });
        command.Parameters.Add(new() { Value = status.CreatedAt });
        command.Parameters.Add(new() { Value = (object?)status.FinishedAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        command.Parameters.Add(new() { Value = JsonSerializer.Serialize(status, ReadModelJson.Options), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SimulationPage> ListAsync(SimulationQuery query, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT status::text FROM simulations
            WHERE ($1::text IS NULL OR state = $1)
              AND ($2::text IS NULL OR strategy = $2)
              AND ($3::timestamptz IS NULL OR created_at >= $3)
              AND ($4::timestamptz IS NULL OR created_at < $4)
              AND ($5::text IS NULL OR (created_at, id) < (SELECT created_at, id FROM simulations WHERE id = $5))
            ORDER BY created_at DESC, id DESC
            LIMIT $6
            """);
        command.Parameters.Add(new() { Value = (object?)query.State?.Name() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)query.Strategy ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)query.CreatedFrom ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (object?)query.CreatedBefore ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (object?)query.AfterId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (long)query.Limit + 1 });
        var items = new List<SimulationStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(JsonSerializer.Deserialize<SimulationStatus>(reader.GetString(0), ReadModelJson.Options)!);
        }

        var hasMore = items.Count > query.Limit;
        return new SimulationPage { Items = hasMore ? items[..query.Limit] : items, HasMore = hasMore };
    }

    /// <summary>The statuses of these simulations, by id; an unknown id is missing from the answer.</summary>
    public async Task<IReadOnlyDictionary<string, SimulationStatus>> ReadAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT id, status::text FROM simulations WHERE id = ANY($1)");
        command.Parameters.Add(new() { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var statuses = new Dictionary<string, SimulationStatus>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses[reader.GetString(0)] = JsonSerializer.Deserialize<SimulationStatus>(reader.GetString(1), ReadModelJson.Options)!;
        }

        return statuses;
    }

    /// <summary>Every completed simulation of a strategy (or any) created in a window (or ever), for leaderboards.</summary>
    public async Task<IReadOnlyList<SimulationStatus>> CompletedAsync(
        string? strategy, DateTimeOffset? createdFrom, DateTimeOffset? createdBefore, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT status::text FROM simulations
            WHERE state = 'completed'
              AND ($1::text IS NULL OR strategy = $1)
              AND ($2::timestamptz IS NULL OR created_at >= $2)
              AND ($3::timestamptz IS NULL OR created_at < $3)
            ORDER BY created_at DESC, id DESC
            """);
        command.Parameters.Add(new() { Value = (object?)strategy ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)createdFrom ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (object?)createdBefore ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        var items = new List<SimulationStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(JsonSerializer.Deserialize<SimulationStatus>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return items;
    }

    /// <summary>
    /// For a known simulation, the contest its results stop before (the refused bet of a bankrupt one, else no bound);
    /// null when no simulation has this id.
    /// </summary>
    public async Task<int?> StoppedAtAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT coalesce((status->>'stopped_at_contest')::integer, 2147483647) FROM simulations WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteScalarAsync(cancellationToken) is int stop ? stop : null;
    }
}
