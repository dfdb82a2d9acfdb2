using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Hosting;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;
using LuckyFive.Runtime.Testing;
using Npgsql;

namespace LuckyFive.Runtime.Postgres.Tests.Cluster;

/// <summary>Silos of a TestCluster keeping grain state and reminders in a real PostgreSQL database.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresClusterTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _connectionString = "";
    private TestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        // An empty database: the silos' start-up migration must create the schema.
        _connectionString = await postgres.Server.CreateDatabaseAsync();
        _cluster = new TestClusterBuilder(2)
            .ConfigureSilo(silo => silo
                .AddGrain<VaultGrain>()
                .AddPostgresGrainStorageAsDefault(o => o.ConnectionString = _connectionString)
                .UsePostgresReminderService())
            .Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task State_SiloHostingTheGrainIsKilled_ReactivatesElsewhereWithPersistedState()
    {
        var key = $"vault-{Guid.NewGuid():N}";
        var vault = _cluster.Client.GetGrain<IVaultGrain>(key);
        await vault.Deposit(250);
        await vault.Deposit(1_000);
        var host = _cluster.FindSiloHosting(GrainId.Create("vault", key));
        Assert.NotNull(host);

        await _cluster.KillSiloAsync(host);
        await _cluster.WaitForLivenessToStabilizeAsync(didKill: true);

        Assert.Equal(1_250, await vault.GetBalance());
        Assert.NotEqual(host.SiloAddress.ToString(), await vault.GetSilo());
        Assert.Equal(1_600, await vault.Deposit(350));
        await using var database = NpgsqlDataSource.Create(_connectionString);
        await using var row = database.CreateCommand(
            "SELECT version, payload::text FROM luckyfive_grain_state WHERE grain_type = 'vault' AND grain_key = $1");
        row.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await row.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(3, reader.GetInt64(0));
        Assert.Contains("1600", reader.GetString(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_Registered_IsStoredInPostgresAndFires()
    {
        var key = $"ticker-{Guid.NewGuid():N}";
        await _cluster.Client.GetGrain<IVaultGrain>(key).StartTicking();

        await using var database = NpgsqlDataSource.Create(_connectionString);
        await using var count = database.CreateCommand("SELECT count(*) FROM luckyfive_reminders WHERE grain_id = $1");
        count.Parameters.Add(new NpgsqlParameter { Value = $"vault/{key}" });
        Assert.Equal(1L, await count.ExecuteScalarAsync());

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (VaultGrain.Ticks.GetValueOrDefault(key) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(VaultGrain.Ticks.GetValueOrDefault(key) >= 2, "the reminder did not fire twice within 30 s");
    }
}
