using System.Text.Json;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using LuckyFive.Grains.Hosting;
using NpgsqlTypes;

namespace LuckyFive.Grains.Sweeps;

/// <summary>
/// The <c>sweeps</c> and <c>sweep_children</c> tables: each sweep's latest status, written by its grain on every change,
/// and which variation each child simulation runs, written once when the sweep is accepted.
/// </summary>
public sealed class SweepStore(GrainDatabase database, TimeProvider time)
{
    public async Task WriteStatusAsync(SweepStatus status, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO sweeps (id, state, name, created_at, finished_at, updated_at, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (id) DO UPDATE SET
                state = excluded.state, finished_at = excluded.finished_at, updated_at = excluded.updated_at, status = excluded.status
            """);
        command.Parameters.Add(new() { Value = status.Id });
        command.Parameters.Add(new() { Value = status.State.Name() });
        command.Parameters.Add(new() { Value = status.Name });
        command.Parameters.Add(new() { Value = status.CreatedAt });
        command.Parameters.Add(new() { Value = (object?)status.FinishedAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        command.Parameters.Add(new() { Value = JsonSerializer.Serialize(status, ReadModelJson.Options), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records a sweep's children, replacing any rows an earlier, interrupted submission left.</summary>
    public async Task WriteChildrenAsync(string sweepId, IReadOnlyList<SweepChild> children, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = new Npgsql.NpgsqlCommand("DELETE FROM sweep_children WHERE sweep_id = $1", connection, transaction))
        {
            delete.Parameters.Add(new() { Value = sweepId });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY sweep_children (sweep_id, index, combination, replicate, seed, simulation_id, parameters) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var child in children)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(sweepId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(child.Index, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(child.Combination, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(child.Replicate, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync((decimal)child.Seed, NpgsqlDbType.Numeric, cancellationToken);
                await writer.WriteAsync(child.SimulationId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(JsonSerializer.Serialize(child.Parameters), NpgsqlDbType.Jsonb, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<SweepPage> ListAsync(SweepQuery query, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT status::text FROM sweeps
            WHERE ($1::text IS NULL OR state = $1)
              AND ($2::text IS NULL OR (created_at, id) < (SELECT created_at, id FROM sweeps WHERE id = $2))
            ORDER BY created_at DESC, id DESC
            LIMIT $3
            """);
        command.Parameters.Add(new() { Value = (object?)query.State?.Name() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)query.AfterId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (long)query.Limit + 1 });
        var items = new List<SweepStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(JsonSerializer.Deserialize<SweepStatus>(reader.GetString(0), ReadModelJson.Options)!);
        }

        var hasMore = items.Count > query.Limit;
        return new SweepPage { Items = hasMore ? items[..query.Limit] : items, HasMore = hasMore };
    }

    /// <summary>Every child of the sweep in index order, with what its simulation row says; null when the sweep is unknown.</summary>
    public async Task<IReadOnlyList<SweepChild>?> ReadChildrenAsync(string sweepId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT c.index, c.combination, c.replicate, c.seed, c.simulation_id, c.parameters::text, s.status::text
            FROM sweep_children c LEFT JOIN simulations s ON s.id = c.simulation_id
            WHERE c.sweep_id = $1
            ORDER BY c.index
            """);
        command.Parameters.Add(new() { Value = sweepId });
        var children = new List<SweepChild>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var simulation = reader.IsDBNull(6) ? null : JsonSerializer.Deserialize<SimulationStatus>(reader.GetString(6), ReadModelJson.Options);
                children.Add(new SweepChild
                {
                    Index = reader.GetInt32(0),
                    Combination = reader.GetInt32(1),
                    Replicate = reader.GetInt32(2),
                    Seed = (ulong)reader.GetDecimal(3),
                    SimulationId = reader.GetString(4),
                    Parameters = JsonSerializer.Deserialize<Dictionary<string, double>>(reader.GetString(5))!,
                    State = simulation?.State,
                    Summary = simulation?.Summary,
                    Reason = simulation?.Reason,
                    InSampleSummary = simulation?.InSampleSummary,
                    HoldoutSummary = simulation?.HoldoutSummary,
                });
            }
        }

        return children.Count > 0 || await ExistsAsync(sweepId, cancellationToken) ? children : null;
    }

    private async Task<bool> ExistsAsync(string sweepId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT 1 FROM sweeps WHERE id = $1");
        command.Parameters.Add(new() { Value = sweepId });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
