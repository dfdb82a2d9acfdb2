using System.Text.Json;
using LuckyFive.GrainInterfaces.Comparisons;
using LuckyFive.Grains.Hosting;
using NpgsqlTypes;

namespace LuckyFive.Grains.Comparisons;

/// <summary>The <c>comparisons</c> table: each comparison as it was computed, written once and never recomputed.</summary>
public sealed class ComparisonStore(GrainDatabase database)
{
    /// <summary>Stores the comparison unless its id already holds one; answers the stored comparison either way.</summary>
    public async Task<Comparison> AddAsync(Comparison comparison, CancellationToken cancellationToken)
    {
        await using (var command = database.DataSource.CreateCommand("""
            INSERT INTO comparisons (id, name, created_at, simulation_ids, metrics, comparison)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO NOTHING
            """))
        {
            command.Parameters.Add(new() { Value = comparison.Id });
            command.Parameters.Add(new() { Value = comparison.Name });
            command.Parameters.Add(new() { Value = comparison.CreatedAt });
            command.Parameters.Add(new() { Value = comparison.Simulations.Select(s => s.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = comparison.Metrics.Select(m => m.Metric).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = JsonSerializer.Serialize(comparison, ReadModelJson.Options), NpgsqlDbType = NpgsqlDbType.Jsonb });
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return comparison;
            }
        }

        return (await GetAsync(comparison.Id, cancellationToken))!;
    }

    public async Task<Comparison?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT comparison::text FROM comparisons WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<Comparison>(json, ReadModelJson.Options)
            : null;
    }

    public async Task<ComparisonPage> ListAsync(ComparisonQuery query, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT comparison::text FROM comparisons
            WHERE ($1::text IS NULL OR (created_at, id) < (SELECT created_at, id FROM comparisons WHERE id = $1))
            ORDER BY created_at DESC, id DESC
            LIMIT $2
            """);
        command.Parameters.Add(new() { Value = (object?)query.AfterId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (long)query.Limit + 1 });
        var items = new List<Comparison>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(JsonSerializer.Deserialize<Comparison>(reader.GetString(0), ReadModelJson.Options)!);
        }

        var hasMore = items.Count > query.Limit;
        return new ComparisonPage { Items = hasMore ? items[..query.Limit] : items, HasMore = hasMore };
    }
}
