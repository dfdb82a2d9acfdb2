using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace LuckyFive.Grains.Database;

/// <summary>
/// Applies embedded migrations idempotently. Runs hold a session advisory lock for their whole duration, so any
/// number of silos starting at once apply each script exactly once; each script runs in its own transaction
/// together with its bookkeeping row. No script is ever run by hand.
/// </summary>
public sealed partial class PostgresMigrator(NpgsqlDataSource dataSource, ILogger<PostgresMigrator>? logger = null)
{
    /// <summary>The advisory lock key every LuckyFive migration run takes ("LF-MIGRATE" folded to 64 bits).</summary>
    public const long AdvisoryLockKey = 0x4C46_4D49_4752_4154;

    private const string CreateBookkeeping = """
        CREATE TABLE IF NOT EXISTS luckyfive_schema_migrations (
            migration_set text        NOT NULL,
            version       integer     NOT NULL,
            name          text        NOT NULL,
            checksum      text        NOT NULL,
            applied_at    timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (migration_set, version)
        )
        """;

    private readonly ILogger _logger = logger ?? NullLogger<PostgresMigrator>.Instance;

    /// <summary>Brings every set up to date, in the order given.</summary>
    /// <exception cref="SchemaMigrationException">An applied script no longer matches its recorded checksum, or a script failed.</exception>
    public async Task<MigrationReport> MigrateAsync(IEnumerable<MigrationSet> sets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var applied = new List<string>();
        var existing = new List<string>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, CreateBookkeeping, cancellationToken);
            foreach (var set in sets)
            {
                var recorded = await ReadAppliedAsync(connection, set.Name, cancellationToken);
                foreach (var migration in set.Migrations)
                {
                    var label = $"{set.Name}/{migration.Name}";
                    if (recorded.TryGetValue(migration.Version, out var checksum))
                    {
                        if (checksum != migration.Checksum)
                        {
                            throw new SchemaMigrationException(
                                $"Migration {label} was changed after it was applied (checksum {checksum[..12]}… recorded, {migration.Checksum[..12]}… now). Add a new migration instead.");
                        }

                        existing.Add(label);
                        continue;
                    }

                    await ApplyAsync(connection, set, migration, cancellationToken);
                    applied.Add(label);
                }
            }
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }

        return new MigrationReport(applied, existing);
    }

    private async Task ApplyAsync(NpgsqlConnection connection, MigrationSet set, Migration migration, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var script = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await script.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = new NpgsqlCommand(
                "INSERT INTO luckyfive_schema_migrations (migration_set, version, name, checksum) VALUES (@set, @version, @name, @checksum)",
                connection,
                transaction);
            record.Parameters.AddWithValue("set", set.Name);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            record.Parameters.AddWithValue("checksum", migration.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e)
        {
            throw new SchemaMigrationException($"Migration {set.Name}/{migration.Name} failed: {e.MessageText}", e);
        }

        LogApplied(set.Name, migration.Name, watch.Elapsed.TotalMilliseconds);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, string set, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM luckyfive_schema_migrations WHERE migration_set = @set", connection);
        command.Parameters.AddWithValue("set", set);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Applied migration {Set}/{Name} in {ElapsedMs:F1} ms")]
    private partial void LogApplied(string set, string name, double elapsedMs);
}
