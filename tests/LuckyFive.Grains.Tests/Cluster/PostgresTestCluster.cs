using LuckyFive.Grains.Hosting;
using LuckyFive.Grains.Tests.Database;
using LuckyFive.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;

namespace LuckyFive.Grains.Tests.Cluster;

/// <summary>
/// An in-process Orleans TestCluster of three silos whose grain state and reminders live in a real, migrated
/// PostgreSQL database through the ADO.NET providers (membership stays TestingHost's own, in memory), with the
/// grains' services (<see cref="GrainServices.AddLuckyFiveGrainServices"/>) on a pool of each silo's own.
/// </summary>
public sealed class PostgresTestCluster : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();

    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The services of each silo, for what grains use beside the grain calls (a silo's draw histories).</summary>
    public IEnumerable<IServiceProvider> SiloServices => Cluster.Silos.Cast<InProcessSiloHandle>().Select(s => s.SiloHost.Services);

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var connectionString = await TestDatabase.CreateMigratedAsync(_postgres.Server);
        var builder = new TestClusterBuilder(3);
        builder.Properties[PostgresSiloConfigurator.ConnectionStringKey] = connectionString;
        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}
