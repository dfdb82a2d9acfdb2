using LuckyFive.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;

namespace LuckyFive.Grains.Tests.Cluster;

/// <summary>
/// Makes a TestCluster silo a LuckyFive silo on the database named by <see cref="ConnectionStringKey"/> in the
/// builder's properties: ADO.NET grain storage and reminders, and the grains' own services (membership stays
/// TestingHost's, in memory).
/// </summary>
internal sealed class PostgresSiloConfigurator : ISiloConfigurator
{
    public const string ConnectionStringKey = "LuckyFiveTests:ConnectionString";

    public void Configure(ISiloBuilder silo)
    {
        var connectionString = silo.Configuration[ConnectionStringKey]
            ?? throw new InvalidOperationException($"{ConnectionStringKey} is not set.");
        silo.AddAdoNetGrainStorageAsDefault(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = connectionString;
        });
        silo.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        silo.Services.AddLuckyFiveGrainServices(provider => provider.GetRequiredService<NpgsqlDataSource>());
    }
}
