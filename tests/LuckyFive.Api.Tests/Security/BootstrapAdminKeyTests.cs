using System.Net;
using System.Security.Cryptography;
using System.Text;
using LuckyFive.Api.Security;
using LuckyFive.Grains.Database;
using LuckyFive.Hosting;
using Npgsql;

namespace LuckyFive.Api.Tests.Security;

/// <summary>The first admin key: printed once when none is configured, stored (never printed) when one is, and only one however many start at once.</summary>
[Collection(SecuredApiTests.Name)]
public sealed class BootstrapAdminKeyTests(SecuredApiFixture fixture)
{
    private const string PrintedLine = "LuckyFive API bootstrap admin key (shown once, store it now): ";

    [Fact]
    public async Task NoKeyConfigured_FirstStart_PrintsOneWorkingAdminKeyAndASecondStartPrintsNone()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync();
        string firstOutput;
        string secondOutput;
        using (var output = new ConsoleCapture())
        {
            await using (var first = await StartWithoutConfiguredKeyAsync(database))
            {
                firstOutput = output.Text;
                var key = Assert.Single(Lines(firstOutput))[PrintedLine.Length..];
                using var admin = ApiKeys.Client(first, key);
                using var keys = await admin.GetAsync(new Uri("/api/v1/keys", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
                Assert.StartsWith(ApiKeySecret.Prefix, key, StringComparison.Ordinal);
            }

            await using (await StartWithoutConfiguredKeyAsync(database))
            {
                secondOutput = output.Text[firstOutput.Length..];
            }
        }

        Assert.Empty(Lines(secondOutput));
        Assert.Equal(1L, await ScalarAsync<long>(database, "SELECT count(*) FROM api_keys WHERE role = 'admin'"));
    }

    [Fact]
    public async Task KeyConfigured_Start_StoresOnlyItsHashAndNeverPrintsIt()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync();
        using var output = new ConsoleCapture();

        await using (await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(database, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag))))
        {
        }

        Assert.DoesNotContain(ApiKeys.BootstrapAdminKey, output.Text, StringComparison.Ordinal);
        Assert.Empty(Lines(output.Text));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ApiKeys.BootstrapAdminKey));
        Assert.Equal(BootstrapAdminKeyService.ConfiguredKeyName, await ScalarAsync<string>(database, "SELECT name FROM api_keys WHERE key_hash = $1 AND role = 'admin'", hash));
    }

    [Fact]
    public async Task ManyProcessesAtOnce_OnAnEmptyTable_AddExactlyOneAdminKey()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync();
        await using (var dataSource = NpgsqlDataSource.Create(database))
        {
            await new PostgresMigrator(dataSource).MigrateAsync([MigrationSet.LuckyFive]);
        }

        // One pool per "process", as separate API processes would have.
        var databases = Enumerable.Range(0, 8).Select(_ => new LuckyFiveDatabase(new LuckyFiveClusterOptions { ConnectionString = database })).ToArray();
        try
        {
            var outcomes = await Task.WhenAll(databases.Select(d =>
                new ApiKeyStore(d).AddFirstAdminAsync("racer", ApiKeySecret.Hash(ApiKeySecret.New()), CancellationToken.None)));

            Assert.Single(outcomes, o => o == BootstrapOutcome.Added);
            Assert.Equal(7, outcomes.Count(o => o == BootstrapOutcome.AdminExists));
            Assert.Equal(1L, await ScalarAsync<long>(database, "SELECT count(*) FROM api_keys"));
        }
        finally
        {
            foreach (var d in databases)
            {
                await d.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ConfiguredKeyRevoked_AtNextStart_IsNotBroughtBack()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync();
        var arguments = RunningApp.Arguments(database, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag);
        await using (await RunningApp.StartAsync(ApiHost.Build(arguments)))
        {
        }

        await ScalarAsync<object>(database, "UPDATE api_keys SET revoked_at = now()");
        await using var restarted = await RunningApp.StartAsync(ApiHost.Build(arguments));
        using var admin = ApiKeys.AdminClient(restarted);
        using var response = await admin.GetAsync(new Uri("/api/v1/keys", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM api_keys WHERE revoked_at IS NULL"));
    }

    [Theory]
    [InlineData("short-key")]
    [InlineData("a key with spaces that is long enough to pass")]
    public void ConfiguredKeyWeak_Build_FailsNamingTheSettingWithoutRepeatingTheKey(string key)
    {
        var failure = Assert.Throws<LuckyFiveConfigurationException>(() =>
            ApiHost.Build(RunningApp.Arguments("Host=127.0.0.1", "c", $"--LuckyFive:Api:BootstrapAdminKey={key}")));

        Assert.Contains("LuckyFive:Api:BootstrapAdminKey must be at least 32 characters", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, failure.Message, StringComparison.Ordinal);
    }

    private static async Task<RunningApp> StartWithoutConfiguredKeyAsync(string database) =>
        await RunningApp.StartAsync(ApiHost.Build(
            [.. RunningApp.Arguments(database, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag).Where(a => a != ApiKeys.BootstrapArgument)]));

    private static string[] Lines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(PrintedLine, StringComparison.Ordinal)).ToArray();

    private static Task<T?> ScalarAsync<T>(string database, string sql, params object[] parameters) => Sql.ScalarAsync<T>(database, sql, parameters);
}
