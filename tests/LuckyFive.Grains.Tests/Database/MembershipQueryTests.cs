using System.Net;
using LuckyFive.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;
using static LuckyFive.Grains.Tests.Database.TestDatabase;

namespace LuckyFive.Grains.Tests.Database;

/// <summary>
/// The membership queries through Orleans' own ADO.NET membership table and gateway list provider, without a silo,
/// so that rows no live silo would write (stale, dead, conflicting) can be set up exactly.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
[Trait("Category", "PostgreSql")]
public sealed class MembershipQueryTests(PostgresFixture postgres)
{
    private const string ClusterId = "edges";
    private const int Generation = 42;

    [Fact]
    public async Task InsertAndUpdate_VersionChecked_OnlyTheHolderOfTheCurrentVersionWins()
    {
        var (table, _) = await OpenAsync();
        var start = await table.ReadAllAsync();
        Assert.Empty(start.Members);
        Assert.Equal(0, start.Version.Version);

        var silo = Entry(11111, SiloStatus.Joining, DateTime.UtcNow);
        Assert.True(await table.InsertRowAsync(silo, start.Version.Next()));
        Assert.False(await table.InsertRowAsync(Entry(11112, SiloStatus.Joining, DateTime.UtcNow), start.Version.Next()));
        var afterInsert = await table.ReadAllAsync();
        Assert.Equal(1, afterInsert.Version.Version);
        Assert.False(await table.InsertRowAsync(silo, afterInsert.Version.Next()));
        Assert.Equal(1, (await table.ReadAllAsync()).Version.Version);

        var (stored, etag) = Assert.Single(afterInsert.Members);
        Assert.Equal(silo.SiloAddress, stored.SiloAddress);
        Assert.Equal((silo.SiloName, silo.HostName, silo.ProxyPort), (stored.SiloName, stored.HostName, stored.ProxyPort));
        AssertSameInstant(silo.StartTime, stored.StartTime);
        AssertSameInstant(silo.IAmAliveTime, stored.IAmAliveTime);

        stored.Status = SiloStatus.Active;
        stored.SuspectTimes = [Tuple.Create(SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 22222), 7), DateTime.UtcNow)];
        Assert.False(await table.UpdateRowAsync(stored, etag, start.Version.Next()));
        Assert.True(await table.UpdateRowAsync(stored, etag, afterInsert.Version.Next()));
        Assert.False(await table.UpdateRowAsync(Entry(33333, SiloStatus.Active, DateTime.UtcNow), etag, (await table.ReadAllAsync()).Version.Next()));

        var afterUpdate = await table.ReadRowAsync(silo.SiloAddress);
        Assert.Equal(2, afterUpdate.Version.Version);
        var updated = Assert.Single(afterUpdate.Members).Item1;
        Assert.Equal(SiloStatus.Active, updated.Status);
        var suspicion = Assert.Single(updated.SuspectTimes!);
        Assert.Equal(22222, suspicion.Item1.Endpoint.Port);
    }

    [Fact]
    public async Task ReadRow_UnknownSilo_AnswersTheVersionWithoutMembers()
    {
        var (table, _) = await OpenAsync();
        var all = await table.ReadAllAsync();
        Assert.True(await table.InsertRowAsync(Entry(11111, SiloStatus.Active, DateTime.UtcNow), all.Version.Next()));

        var unknown = await table.ReadRowAsync(SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), 999));

        Assert.Empty(unknown.Members);
        Assert.Equal(1, unknown.Version.Version);
    }

    [Fact]
    public async Task UpdateIAmAlive_ChangesOnlyTheHeartbeat_NotTheVersion()
    {
        var (table, _) = await OpenAsync();
        var silo = Entry(11111, SiloStatus.Active, DateTime.UtcNow.AddMinutes(-5));
        Assert.True(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));

        var heartbeat = DateTime.UtcNow;
        silo.IAmAliveTime = heartbeat;
        await table.UpdateIAmAliveAsync(silo);

        var read = await table.ReadAllAsync();
        Assert.Equal(1, read.Version.Version);
        AssertSameInstant(heartbeat, Assert.Single(read.Members).Item1.IAmAliveTime);
    }

    [Fact]
    public async Task CleanupDefunctSiloEntries_RemovesOnlyStaleRowsOfSilosThatAreNotActive()
    {
        var (table, connectionString) = await OpenAsync();
        await using var database = NpgsqlDataSource.Create(connectionString);
        var now = DateTime.UtcNow;
        var rows = new (int Port, SiloStatus Status, DateTime IAmAlive, bool Survives)[]
        {
            (10001, SiloStatus.Dead, now.AddDays(-2), false),
            (10002, SiloStatus.ShuttingDown, now.AddDays(-2), false),
            (10003, SiloStatus.Active, now.AddDays(-2), true),
            (10004, SiloStatus.Dead, now.AddMinutes(-1), true),
            (10005, SiloStatus.Active, now, true),
        };
        foreach (var row in rows)
        {
            Assert.True(await table.InsertRowAsync(Entry(row.Port, row.Status, row.IAmAlive), (await table.ReadAllAsync()).Version.Next()));
        }

        await SeedOtherClusterAsync(connectionString);

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(now.AddDays(-1)));

        var left = (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order();
        Assert.Equal(rows.Where(r => r.Survives).Select(r => r.Port), left);
        Assert.Equal(1, await ScalarAsync<long>(database, "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'other'"));
    }

    [Fact]
    public async Task GatewayList_ListsActiveSilosThatRunAGateway()
    {
        var (table, connectionString) = await OpenAsync();
        var rows = new (int Port, int Gateway, SiloStatus Status)[]
        {
            (10001, 20001, SiloStatus.Active),
            (10002, 0, SiloStatus.Active),
            (10003, 20003, SiloStatus.Dead),
            (10004, 20004, SiloStatus.Joining),
            (10005, 20005, SiloStatus.Active),
        };
        foreach (var row in rows)
        {
            var entry = Entry(row.Port, row.Status, DateTime.UtcNow);
            entry.ProxyPort = row.Gateway;
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }

        var gateways = await OpenGatewaysAsync(connectionString);

        var listed = (await gateways.GetGateways()).Select(u => u.ToGatewayAddress()!).ToList();
        Assert.Equal([20001, 20005], listed.Select(a => a.Endpoint.Port).Order());
        Assert.All(listed, a => Assert.Equal(IPAddress.Loopback, a.Endpoint.Address));
    }

    [Fact]
    public async Task DeleteMembershipTableEntries_RemovesTheClusterAndOnlyIt()
    {
        var (table, connectionString) = await OpenAsync();
        await using var database = NpgsqlDataSource.Create(connectionString);
        Assert.True(await table.InsertRowAsync(Entry(10001, SiloStatus.Active, DateTime.UtcNow), (await table.ReadAllAsync()).Version.Next()));
        await SeedOtherClusterAsync(connectionString);

        await table.DeleteMembershipTableEntriesAsync(ClusterId);

        Assert.Equal(0, await ScalarAsync<long>(database, $"SELECT count(*) FROM OrleansMembershipVersionTable WHERE DeploymentId = '{ClusterId}'"));
        Assert.Equal(0, await ScalarAsync<long>(database, $"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{ClusterId}'"));
        Assert.Equal(1, await ScalarAsync<long>(database, "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'other'"));
    }

    private static MembershipEntry Entry(int port, SiloStatus status, DateTime iAmAlive) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), Generation),
        SiloName = $"silo-{port}",
        HostName = "test-host",
        Status = status,
        ProxyPort = port + 10000,
        StartTime = iAmAlive.AddSeconds(-30),
        IAmAliveTime = iAmAlive,
    };

    /// <summary>Timestamps go through PostgreSQL at microsecond precision; Orleans' own values carry 100 ns ticks.</summary>
    private static void AssertSameInstant(DateTime expected, DateTime actual)
    {
        Assert.Equal(DateTimeKind.Utc, actual.Kind);
        Assert.InRange((actual - expected.ToUniversalTime()).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
    }

    private async Task<(AdoNetClusteringTable Table, string ConnectionString)> OpenAsync()
    {
        var connectionString = await CreateMigratedAsync(postgres.Server);
        var table = Table(connectionString, ClusterId);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return (table, connectionString);
    }

    /// <summary>A second cluster in the same database with one stale Dead silo, which no query of the first may touch.</summary>
    private static async Task SeedOtherClusterAsync(string connectionString)
    {
        var other = Table(connectionString, "other");
        await other.InitializeMembershipTableAsync(tryInitTableVersion: true);
        Assert.True(await other.InsertRowAsync(Entry(10001, SiloStatus.Dead, DateTime.UtcNow.AddDays(-3)), (await other.ReadAllAsync()).Version.Next()));
    }

    private static AdoNetClusteringTable Table(string connectionString, string clusterId) => new(
        new EmptyServices(),
        Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = TestSilo.ServiceId }),
        Options.Create(new AdoNetClusteringSiloOptions { Invariant = TestSilo.Invariant, ConnectionString = connectionString }),
        NullLogger<AdoNetClusteringTable>.Instance);

    private static async Task<IGatewayListProvider> OpenGatewaysAsync(string connectionString)
    {
        var provider = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            new EmptyServices(),
            Options.Create(new AdoNetClusteringClientOptions { Invariant = TestSilo.Invariant, ConnectionString = connectionString }),
            Options.Create(new GatewayOptions()),
            Options.Create(new ClusterOptions { ClusterId = ClusterId, ServiceId = TestSilo.ServiceId }));
        await provider.InitializeGatewayListProvider();
        return provider;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
