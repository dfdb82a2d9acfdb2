using System.Reflection;
using System.Text.RegularExpressions;
using LuckyFive.Grains.Database;
using LuckyFive.TestSupport;
using Npgsql;
using static LuckyFive.Grains.Tests.Database.TestDatabase;

namespace LuckyFive.Grains.Tests.Database;

[Collection(DatabaseTestGroup.Name)]
[Trait("Category", "PostgreSql")]
public sealed class PostgresMigratorTests(PostgresFixture postgres)
{
    private static readonly string[] MigratedTables =
        ["api_keys", "comparisons", "contest_results", "draw_versions", "draws", "ledger_entries", "orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable",
            "orleansstorage", "saved_configs", "simulations", "sweep_children", "sweep_configs", "sweeps"];

    /// <summary>
    /// Every key the three providers look up at start-up, in ordinal order: 9 for clustering, 4 for storage, 7 for
    /// reminders.
    /// </summary>
    internal static readonly string[] OrleansQueryKeys =
    [
        "CleanupDefunctSiloEntriesKey", "ClearStorageKey", "DeleteMembershipTableEntriesKey", "DeleteReminderRowKey",
        "DeleteReminderRowsKey", "DeleteStorageKey", "GatewaysQueryKey", "InsertMembershipKey", "InsertMembershipVersionKey",
        "MembershipReadAllKey", "MembershipReadRowKey", "ReadFromStorageKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "ReadReminderRowKey", "ReadReminderRowsKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey", "UpsertReminderRowKey",
        "WriteToStorageKey",
    ];

    /// <summary>
    /// Every parameter name Orleans 10's three providers bind, with the PostgreSQL type Npgsql sends for the .NET
    /// value and DbType they use (DateTime with DbType.DateTime and Kind Utc arrives as timestamptz; Period is an
    /// int of milliseconds unless it exceeds int.MaxValue, then a bigint).
    /// </summary>
    private static readonly Dictionary<string, string> ParameterTypes = new(StringComparer.Ordinal)
    {
        ["DeploymentId"] = "text", ["Address"] = "text", ["Port"] = "integer", ["Generation"] = "integer",
        ["SiloName"] = "text", ["HostName"] = "text", ["Status"] = "integer", ["ProxyPort"] = "integer",
        ["SuspectTimes"] = "text", ["StartTime"] = "timestamptz", ["IAmAliveTime"] = "timestamptz", ["Version"] = "integer",
        ["ServiceId"] = "text", ["GrainId"] = "text", ["ReminderName"] = "text", ["Period"] = "bigint",
        ["GrainHash"] = "integer", ["BeginHash"] = "integer", ["EndHash"] = "integer",
        ["GrainIdHash"] = "integer", ["GrainIdN0"] = "bigint", ["GrainIdN1"] = "bigint", ["GrainTypeHash"] = "integer",
        ["GrainTypeString"] = "text", ["GrainIdExtensionString"] = "text", ["GrainStateVersion"] = "integer",
        ["PayloadBinary"] = "bytea",
    };

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_CreatesEveryOrleansTableAndAllQueryKeys()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());

        var report = await new PostgresMigrator(database).MigrateAsync([MigrationSet.LuckyFive]);

        Assert.Equal(MigrationSet.LuckyFive.Migrations.Select(m => $"luckyfive/{m.Name}"), report.Applied);
        Assert.Empty(report.AlreadyApplied);
        Assert.Equal(MigratedTables, await TablesAsync(database));
        Assert.Equal(20, OrleansQueryKeys.Length);
        Assert.Equal(OrleansQueryKeys, await StringsAsync(database, "SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey COLLATE \"C\""));
        Assert.Equal(MigrationSet.LuckyFive.Migrations.Count, await ScalarAsync<long>(database, "SELECT count(*) FROM luckyfive_schema_migrations"));
    }

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_EveryQueryPreparesWithTheParametersOrleansBinds()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());
        await new PostgresMigrator(database).MigrateAsync([MigrationSet.LuckyFive]);
        await using var connection = await database.OpenConnectionAsync();
        var queries = new List<(string Key, string Text)>();
        await using (var read = new NpgsqlCommand("SELECT QueryKey, QueryText FROM OrleansQuery", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                queries.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        // PREPARE takes $n placeholders with declared types, so each @Name becomes one, typed as Npgsql sends it.
        foreach (var (key, text) in queries)
        {
            var names = Regex.Matches(text, "@([A-Za-z0-9]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
            var unknown = names.Where(n => !ParameterTypes.ContainsKey(n)).ToList();
            Assert.True(unknown.Count == 0, $"{key} uses parameters Orleans never sends: {string.Join(", ", unknown)}");
            var positional = Regex.Replace(text, "@([A-Za-z0-9]+)", m => $"${names.IndexOf(m.Groups[1].Value) + 1}");
            var types = string.Join(", ", names.Select(n => ParameterTypes[n]));
            await using var prepare = new NpgsqlCommand($"PREPARE probe ({types}) AS {positional}", connection);
            var error = await Record.ExceptionAsync(() => prepare.ExecuteNonQueryAsync());
            Assert.True(error is null, $"{key} does not parse: {error?.Message}");
            await using var deallocate = new NpgsqlCommand("DEALLOCATE probe", connection);
            await deallocate.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothingAndChangesNothing()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());
        var migrator = new PostgresMigrator(database);
        await migrator.MigrateAsync([MigrationSet.LuckyFive]);
        var before = await FingerprintAsync(database);

        var second = await migrator.MigrateAsync([MigrationSet.LuckyFive]);

        Assert.Empty(second.Applied);
        Assert.Equal(MigrationSet.LuckyFive.Migrations.Count, second.AlreadyApplied.Count);
        Assert.Equal(before, await FingerprintAsync(database));
    }

    [Fact]
    public async Task MigrateAsync_ManySilosAtOnce_AppliesEachScriptExactlyOnce()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        var sources = Enumerable.Range(0, 8).Select(_ => NpgsqlDataSource.Create(connectionString)).ToArray();
        try
        {
            var reports = await Task.WhenAll(sources.Select(s => Task.Run(() => new PostgresMigrator(s).MigrateAsync([MigrationSet.LuckyFive]))));

            Assert.Equal(MigrationSet.LuckyFive.Migrations.Count, reports.Sum(r => r.Applied.Count));
            Assert.Single(reports, r => r.Applied.Count > 0);
            Assert.All(reports.Where(r => r.Applied.Count == 0), r => Assert.Equal(MigrationSet.LuckyFive.Migrations.Count, r.AlreadyApplied.Count));
            Assert.Equal(MigratedTables, await TablesAsync(sources[0]));
            Assert.Equal(OrleansQueryKeys.Length, (int)await ScalarAsync<long>(sources[0], "SELECT count(*) FROM OrleansQuery"));
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
        await migrator.MigrateAsync([MigrationSet.LuckyFive]);
        await ExecuteAsync(database, "UPDATE luckyfive_schema_migrations SET checksum = 'ffffffffffffffff' WHERE version = 2");

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => migrator.MigrateAsync([MigrationSet.LuckyFive]));

        Assert.Contains("luckyfive/0002_orleans_clustering", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrleansQueryCheck_RequiredKeys_AreTheKeysTheProvidersLookUp()
    {
        Assert.Equal(OrleansQueryKeys, OrleansQueryCheck.RequiredKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OrleansQueryCheck_MigratedDatabase_Passes()
    {
        await using var database = NpgsqlDataSource.Create(await CreateMigratedAsync(postgres.Server));

        var error = await Record.ExceptionAsync(() => OrleansQueryCheck.VerifyAsync(database));

        Assert.Null(error);
    }

    [Fact]
    public async Task OrleansQueryCheck_KeysDeleted_RefusesNamingEachOfThem()
    {
        await using var database = NpgsqlDataSource.Create(await CreateMigratedAsync(postgres.Server));
        await ExecuteAsync(database, "DELETE FROM OrleansQuery WHERE QueryKey IN ('GatewaysQueryKey', 'WriteToStorageKey', 'ReadRangeRows2Key')");

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => OrleansQueryCheck.VerifyAsync(database));

        Assert.Contains("OrleansQuery lacks the Orleans provider queries GatewaysQueryKey, WriteToStorageKey, ReadRangeRows2Key;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FailingScript_RollsItBackAndReportsIt()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.Server.CreateDatabaseAsync());
        var broken = MigrationSet.FromEmbeddedResources("broken", Assembly.GetExecutingAssembly(), "LuckyFive.Grains.Tests.Database.Broken.");

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => new PostgresMigrator(database).MigrateAsync([broken]));

        Assert.Contains("broken/0001_half_done", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("half_done_table", await TablesAsync(database));
        Assert.Equal(0, await ScalarAsync<long>(database, "SELECT count(*) FROM luckyfive_schema_migrations WHERE migration_set = 'broken'"));
    }

    [Fact]
    public void FromEmbeddedResources_LuckyFiveSet_IsOrderedWithChecksumsAndHeaderComments()
    {
        var migrations = MigrationSet.LuckyFive.Migrations;

        // Numbered without gaps; Orleans' provider schema first, then the product's tables.
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
        Assert.Equal(
            ["0001_orleans_queries", "0002_orleans_clustering", "0003_orleans_storage", "0004_orleans_reminders", "0005_draws", "0006_simulations", "0007_api_keys",
                "0008_sweeps", "0009_saved_configs", "0010_comparisons"],
            migrations.Select(m => m.Name));
        Assert.All(migrations, m => Assert.Equal(64, m.Checksum.Length));
        Assert.All(migrations, m => Assert.StartsWith("-- ", m.Sql, StringComparison.Ordinal));
    }

    private static async Task<string[]> TablesAsync(NpgsqlDataSource database) =>
        [.. await StringsAsync(database,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'luckyfive_schema_migrations' ORDER BY table_name")];

    /// <summary>Tables, columns, indexes, constraints, query texts and migration records, as one comparable string.</summary>
    private static async Task<string> FingerprintAsync(NpgsqlDataSource database)
    {
        var parts = await StringsAsync(database, """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL
            SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'query ' || QueryKey || ' ' || md5(QueryText) FROM OrleansQuery
            UNION ALL
            SELECT 'migration ' || migration_set || '/' || version || ' ' || checksum || ' ' || applied_at FROM luckyfive_schema_migrations
            ORDER BY 1
            """);
        return string.Join('\n', parts);
    }
}
