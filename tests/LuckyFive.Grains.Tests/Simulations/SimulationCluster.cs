using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.Domain.Recipes;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Hosting;
using LuckyFive.Grains.Tests.Cluster;
using LuckyFive.Grains.Tests.Database;
using LuckyFive.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;

namespace LuckyFive.Grains.Tests.Simulations;

/// <summary>
/// A TestCluster of LuckyFive's grains on a real, migrated PostgreSQL holding the official draws: grain state,
/// reminders, per-contest rows, ledger entries and the read model all in the database, so a cluster can be torn down
/// and a new one started on the same data.
/// </summary>
public class SimulationCluster(int silos, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();

    public TestCluster Cluster { get; private set; } = null!;

    public NpgsqlDataSource Database { get; private set; } = null!;

    /// <summary>The official history, read from the workbook as the CLI reads it.</summary>
    public DrawHistory History { get; private set; } = null!;

    private string ConnectionString { get; set; } = "";

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        ConnectionString = await TestDatabase.CreateMigratedAsync(_postgres.Server);
        Database = NpgsqlDataSource.Create(ConnectionString);
        await using (var workbook = File.OpenRead(QuinaData.Workbook))
        {
            var store = new DrawStore(new GrainDatabase(Database), NullLogger<DrawStore>.Instance);
            History = (await store.ImportAsync(workbook, DrawFileFormat.Xlsx, "Quina.xlsx", CancellationToken.None)).History;
        }

        Cluster = await DeployAsync();
    }

    /// <summary>Stops every silo and starts a new cluster of the same size on the same database.</summary>
    public async Task RestartAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Cluster = await DeployAsync();
    }

    public ISimulationGrain Simulation(string id) => Cluster.GrainFactory.GetGrain<ISimulationGrain>(id);

    /// <summary>Polls the simulation until it is final and settled (its summary written), or fails after <paramref name="timeout"/>.</summary>
    public async Task<SimulationStatus> WaitForFinalAsync(string id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var status = await CallWhileTheClusterSettlesAsync(() => Simulation(id).GetStatusAsync())
                ?? throw new InvalidOperationException($"Simulation {id} was never accepted.");
            if (status is { State: var state } && state.IsFinal() && (status.Summary is not null || state is SimulationState.Failed or SimulationState.Cancelled))
            {
                return status;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Simulation {id} is still {status.State} after {timeout}: {status.ContestsDone}/{status.ContestsTotal}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Calls that reach a killed silo fail until the cluster declares it dead; callers retry, as this does.</summary>
    public static async Task<T> CallWhileTheClusterSettlesAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception) when (attempt < 60)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>
    /// The CLI's <c>backtest --json</c> document for the spec, made as the CLI makes it: a recipe (defaults filled in)
    /// run by the domain engine on the workbook's history, with the closing newline.
    /// </summary>
    public byte[] ExpectedJson(SimulationSpec spec)
    {
        var recipe = Recipe.Create("expected", spec.Strategy, spec.Seed, spec.Parameters);
        var engine = new BacktestEngine(History);
        var result = engine.Run(new BacktestSpec(recipe.Strategy, recipe.Seed, recipe.Parameters, spec.FromContest, spec.ToContest));
        return [.. BacktestJson.ToUtf8Bytes(result), (byte)'\n'];
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters) =>
        await TestDatabase.ScalarAsync<T>(Database, sql, parameters);

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }

    private async Task<TestCluster> DeployAsync()
    {
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.ServiceId = "luckyfive-simulation-tests";
        builder.Properties[PostgresSiloConfigurator.ConnectionStringKey] = ConnectionString;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Properties[key] = value;
        }

        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}

/// <summary>Three silos with default simulation settings.</summary>
public sealed class ThreeSiloSimulationCluster() : SimulationCluster(3);
