using System.Text.Json;
using LuckyFive.Grains.Database;
using LuckyFive.TestSupport;
using Npgsql;

namespace LuckyFive.Cli.Tests;

/// <summary>
/// <c>luckyfive db migrate</c> as a process against a throwaway PostgreSQL: it applies the silo's migrations to a new
/// database, finds nothing to apply the second time, and reports an unusable database in one line with its exit code.
/// </summary>
public sealed class DbMigrateCommandTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string[] s_migrations = [.. MigrationSet.LuckyFive.Migrations.Select(m => $"luckyfive/{m.Name}")];

    [Fact]
    public async Task NewDatabase_GetsEveryMigrationThenNothingToApply()
    {
        var connection = await postgres.Server.CreateDatabaseAsync();

        var first = await RunAsync(null, "db", "migrate", "--connection", connection);
        var second = await RunAsync(null, "db", "migrate", "--connection", connection);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal([.. s_migrations.Select(m => $"applied {m}"), $"schema up to date: {s_migrations.Length} applied, 0 already applied"], Lines(first));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal([$"schema is current: nothing to apply ({s_migrations.Length} migrations already applied)"], Lines(second));
        Assert.Equal("", first.Error + second.Error);
        await AssertMigratedAsync(connection);
    }

    [Fact]
    public async Task Json_ListsAppliedThenAlreadyApplied()
    {
        var connection = await postgres.Server.CreateDatabaseAsync();

        var first = await RunAsync(null, "db", "migrate", "--json", "--connection", connection);
        var second = await RunAsync(null, "db", "migrate", "--json", "--connection", connection);

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Error + second.Error);
        Assert.Equal(s_migrations, Report(first).Applied);
        Assert.Empty(Report(first).AlreadyApplied);
        Assert.Empty(Report(second).Applied);
        Assert.Equal(s_migrations, Report(second).AlreadyApplied);
    }

    [Fact]
    public async Task WithoutConnectionOption_TakesTheCliVariableBeforeTheSilosOne()
    {
        var connection = await postgres.Server.CreateDatabaseAsync();

        var run = await RunAsync(
            new() { ["LUCKYFIVE_CONNECTION"] = connection, ["LuckyFive__ConnectionString"] = $"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres" },
            "db", "migrate");
        var again = await RunAsync(new() { ["LuckyFive__ConnectionString"] = connection }, "db", "migrate");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal($"schema up to date: {s_migrations.Length} applied, 0 already applied", Lines(run)[^1]);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.StartsWith("schema is current", Lines(again)[0], StringComparison.Ordinal);
        await AssertMigratedAsync(connection);
    }

    [Fact]
    public async Task UnreachableDatabase_ExitsThreeWithOneLine()
    {
        var port = FreePort.Next();

        var run = await RunAsync(null, "db", "migrate", "--connection", $"Host=127.0.0.1;Port={port};Username=postgres;Password=secret;Database=luckyfive");

        AssertOneError(run, 3, $"error: --connection: cannot reach 127.0.0.1:{port}/luckyfive: ");
        Assert.DoesNotContain("secret", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDatabase_ExitsFourNamingIt()
    {
        var connection = new NpgsqlConnectionStringBuilder(await postgres.Server.CreateDatabaseAsync()) { Database = "no_such_database" };

        var run = await RunAsync(null, "db", "migrate", "--connection", connection.ConnectionString);

        AssertOneError(run, 4, $"error: --connection: {connection.Host}:{connection.Port}/no_such_database refused: database \"no_such_database\" does not exist (3D000)");
    }

    [Theory]
    [InlineData(new string[0], "error: --connection: required; give an Npgsql connection string (Host=…;Database=…) or set LUCKYFIVE_CONNECTION or LuckyFive__ConnectionString")]
    [InlineData(new[] { "--connection", "Hots=db.internal" }, "error: --connection: not an Npgsql connection string (Host=…;Database=…): ")]
    [InlineData(new[] { "--connection", "Database=luckyfive" }, "error: --connection: names no Host")]
    public async Task NoUsableConnectionString_ExitsTwoWithOneLine(string[] options, string expected)
    {
        var run = await RunAsync(null, ["db", "migrate", .. options]);

        AssertOneError(run, 2, expected);
    }

    private static Task<CliOutcome> RunAsync(Dictionary<string, string?>? environment, params string[] arguments)
    {
        // The test's own environment must not choose the database.
        var settings = new Dictionary<string, string?> { ["LUCKYFIVE_CONNECTION"] = null, ["LuckyFive__ConnectionString"] = null };
        foreach (var (name, value) in environment ?? [])
        {
            settings[name] = value;
        }

        return LuckyFiveCli.RunProcessAsync(settings, arguments);
    }

    private static string[] Lines(CliOutcome run) => run.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (string[] Applied, string[] AlreadyApplied) Report(CliOutcome run)
    {
        using var report = JsonDocument.Parse(run.Text);
        string[] Names(string property) => [.. report.RootElement.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
        return (Names("applied"), Names("already_applied"));
    }

    private static void AssertOneError(CliOutcome run, int exitCode, string expectedStart)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal("", run.Text);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(expectedStart, line, StringComparison.Ordinal);
    }

    // The tables of the first and the last migration are there, and every script is recorded with the checksum the silo's migrator computes.
    private static async Task AssertMigratedAsync(string connection)
    {
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await using (var tables = dataSource.CreateCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('orleansquery', 'orleansmembershiptable', 'draws', 'simulations', 'comparisons')"))
        {
            Assert.Equal(5L, await tables.ExecuteScalarAsync());
        }

        var recorded = new Dictionary<string, string>();
        await using (var rows = dataSource.CreateCommand("SELECT name, checksum FROM luckyfive_schema_migrations WHERE migration_set = 'luckyfive'"))
        await using (var reader = await rows.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                recorded[reader.GetString(0)] = reader.GetString(1);
            }
        }

        Assert.Equal(MigrationSet.LuckyFive.Migrations.ToDictionary(m => m.Name, m => m.Checksum), recorded);
        await OrleansQueryCheck.VerifyAsync(dataSource);
    }
}
