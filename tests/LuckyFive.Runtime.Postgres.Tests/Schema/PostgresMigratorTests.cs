using System.Reflection;
using LuckyFive.Runtime.Postgres.Schema;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;
using Npgsql;

namespace LuckyFive.Runtime.Postgres.Tests.Schema;

[Collection(PostgresTests.Name)]
public sealed class PostgresMigratorTests(PostgresFixture postgres)
{
    private static readonly string[] RuntimeTables =
        ["luckyfive_grain_directory", "luckyfive_grain_state", "luckyfive_membership", "luckyfive_membership_version", "luckyfive_reminders"];

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_CreatesEveryRuntimeTableAndRecordsEachScript()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());

        var report = await new PostgresMigrator(database).MigrateAsync([MigrationSet.Runtime]);

        Assert.Equal(MigrationSet.Runtime.Migrations.Select(m => $"runtime/{m.Name}"), report.Applied);
        Assert.Empty(report.AlreadyApplied);
        Assert.Equal(RuntimeTables, await TablesAsync(database));
        Assert.Equal(MigrationSet.Runtime.Migrations.Count, await ScalarAsync<long>(database, "SELECT count(*) FROM luckyfive_schema_migrations"));
    }

    [Fact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());
        var migrator = new PostgresMigrator(database);
        await migrator.MigrateAsync([MigrationSet.Runtime]);

        var second = await migrator.MigrateAsync([MigrationSet.Runtime]);

        Assert.Empty(second.Applied);
        Assert.Equal(MigrationSet.Runtime.Migrations.Count, second.AlreadyApplied.Count);
    }

    [Fact]
    public async Task MigrateAsync_ManySilosAtOnce_AppliesEachScriptExactlyOnce()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        var sources = Enumerable.Range(0, 8).Select(_ => NpgsqlDataSource.Create(connectionString)).ToArray();
        try
        {
            var reports = await Task.WhenAll(sources.Select(s => Task.Run(() => new PostgresMigrator(s).MigrateAsync([MigrationSet.Runtime]))));

            Assert.Equal(MigrationSet.Runtime.Migrations.Count, reports.Sum(r => r.Applied.Count));
            Assert.Single(reports, r => r.Applied.Count > 0);
            Assert.Equal(RuntimeTables, await TablesAsync(sources[0]));
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptEdited_RefusesNamingTheMigration()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());
        var migrator = new PostgresMigrator(database);
        await migrator.MigrateAsync([MigrationSet.Runtime]);
        await using (var tamper = database.CreateCommand("UPDATE luckyfive_schema_migrations SET checksum = 'ffffffffffffffff' WHERE version = 2"))
        {
            await tamper.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => migrator.MigrateAsync([MigrationSet.Runtime]));

        Assert.Contains("runtime/0002_grain_directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FailingScript_RollsItBackAndReportsIt()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());
        var broken = MigrationSet.FromEmbeddedResources("broken", Assembly.GetExecutingAssembly(), "LuckyFive.Runtime.Postgres.Tests.Broken.");

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => new PostgresMigrator(database).MigrateAsync([broken]));

        Assert.Contains("broken/0001_half_done", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("half_done_table", await TablesAsync(database));
        Assert.Equal(0, await ScalarAsync<long>(database, "SELECT count(*) FROM luckyfive_schema_migrations WHERE migration_set = 'broken'"));
    }

    [Fact]
    public void FromEmbeddedResources_RuntimeSet_IsOrderedWithChecksums()
    {
        var migrations = MigrationSet.Runtime.Migrations;

        Assert.Equal([1, 2, 3, 4], migrations.Select(m => m.Version));
        Assert.All(migrations, m => Assert.Equal(64, m.Checksum.Length));
    }

    private static async Task<string[]> TablesAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'luckyfive_schema_migrations' ORDER BY table_name");
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return [.. tables];
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
