using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Membership;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;

namespace LuckyFive.Runtime.Postgres.Tests.Membership;

[Collection(PostgresTests.Name)]
public sealed class PostgresMembershipTableTests(PostgresFixture postgres) : MigratedDatabaseTests(postgres)
{
    private static readonly SiloAddress SiloA = new("10.0.0.1:11111", 7);
    private static readonly SiloAddress SiloB = new("10.0.0.2:11111", 9);
    [Fact]
    public async Task InsertRow_NextVersion_SucceedsOnceAndAdvancesTheVersion()
    {
        var table = await TableAsync("c1");

        Assert.True(await table.InsertRow(Entry(SiloA, SiloStatus.Joining), new TableVersion(1, "1")));
        Assert.False(await table.InsertRow(Entry(SiloB, SiloStatus.Joining), new TableVersion(1, "1")));
        Assert.False(await table.InsertRow(Entry(SiloA, SiloStatus.Joining), new TableVersion(2, "2")));

        var data = await table.ReadAll();
        Assert.Equal(1, data.Version.Version);
        var (entry, _) = Assert.Single(data.Members);
        Assert.Equal(SiloA, entry.SiloAddress);
        Assert.Equal(SiloStatus.Joining, entry.Status);
    }

    [Fact]
    public async Task UpdateRow_StaleRowETagOrTableVersion_FailsAndChangesNothing()
    {
        var table = await TableAsync("c1");
        await table.InsertRow(Entry(SiloA, SiloStatus.Joining), new TableVersion(1, "1"));
        var (_, etag) = (await table.ReadRow(SiloA)).Members[0];

        Assert.True(await table.UpdateRow(Entry(SiloA, SiloStatus.Active), etag, new TableVersion(2, "2")));
        Assert.False(await table.UpdateRow(Entry(SiloA, SiloStatus.Dead), etag, new TableVersion(3, "3")));
        var (_, current) = (await table.ReadRow(SiloA)).Members[0];
        Assert.False(await table.UpdateRow(Entry(SiloA, SiloStatus.Dead), current, new TableVersion(2, "2")));

        var data = await table.ReadAll();
        Assert.Equal(2, data.Version.Version);
        Assert.Equal(SiloStatus.Active, data.Members[0].Entry.Status);
    }

    [Fact]
    public async Task WriteRows_ManySilosRacingOnOneVersion_ExactlyOneWins()
    {
        var table = await TableAsync("c1");

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => table.InsertRow(Entry(new SiloAddress($"10.0.1.{i}:11111", 1), SiloStatus.Joining), new TableVersion(1, "1")))));

        Assert.Single(results, won => won);
        Assert.Single((await table.ReadAll()).Members);
    }

    [Fact]
    public async Task ReadRow_SuspicionsAndGrainTypes_RoundTripStructurally()
    {
        var table = await TableAsync("c1");
        var voteTime = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);
        var entry = Entry(SiloA, SiloStatus.Active) with
        {
            SuspectTimes = [new SuspectVote(SiloB, voteTime)],
            GrainTypes = [new GrainTypeDescriptor("simulation", "SimulationGrain", ["ISimulationGrain"], "ResourceOptimized")],
        };
        await table.InsertRow(entry, new TableVersion(1, "1"));

        var read = (await table.ReadRow(SiloA)).Members[0].Entry;

        var vote = Assert.Single(read.SuspectTimes);
        Assert.Equal(SiloB, vote.Voter);
        Assert.Equal(voteTime, vote.Time);
        var type = Assert.Single(read.GrainTypes);
        Assert.Equal("simulation", type.GrainType);
        Assert.Equal(["ISimulationGrain"], type.Interfaces);
        await using var votes = Database.CreateCommand("SELECT suspicions -> 0 ->> 'voter' FROM luckyfive_membership");
        Assert.Equal(SiloB.ToString(), await votes.ExecuteScalarAsync());
    }

    [Fact]
    public async Task UpdateIAmAlive_SiloClockFarOff_StoresTheDatabaseTime()
    {
        var table = await TableAsync("c1");
        await table.InsertRow(Entry(SiloA, SiloStatus.Active), new TableVersion(1, "1"));

        await table.UpdateIAmAlive(Entry(SiloA, SiloStatus.Active) with { IAmAliveTime = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });

        var alive = (await table.ReadRow(SiloA)).Members[0].Entry.IAmAliveTime;
        Assert.InRange(alive, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));
        Assert.Equal(1, (await table.ReadAll()).Version.Version);
    }

    [Fact]
    public async Task CleanupDefunctSiloEntries_RemovesOnlyStaleNonActiveRows()
    {
        var table = await TableAsync("c1");
        await table.InsertRow(Entry(SiloA, SiloStatus.Dead), new TableVersion(1, "1"));
        await table.InsertRow(Entry(SiloB, SiloStatus.Active), new TableVersion(2, "2"));

        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Equal(2, (await table.ReadAll()).Members.Count);

        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddMinutes(10));
        var (entry, _) = Assert.Single((await table.ReadAll()).Members);
        Assert.Equal(SiloB, entry.SiloAddress);
    }

    [Fact]
    public async Task Clusters_AreIsolatedAndDeletingOneLeavesTheOther()
    {
        var first = await TableAsync("c1");
        var second = await TableAsync("c2");
        await first.InsertRow(Entry(SiloA, SiloStatus.Active), new TableVersion(1, "1"));
        await second.InsertRow(Entry(SiloA, SiloStatus.Active), new TableVersion(1, "1"));

        await first.DeleteMembershipTableEntries("c1");

        Assert.Empty((await first.ReadAll()).Members);
        Assert.Single((await second.ReadAll()).Members);
    }

    private async Task<PostgresMembershipTable> TableAsync(string clusterId)
    {
        var table = new PostgresMembershipTable(Database, clusterId);
        await table.InitializeMembershipTable(tryInitTableVersion: true);
        await table.InitializeMembershipTable(tryInitTableVersion: true);
        return table;
    }

    private static MembershipEntry Entry(SiloAddress silo, SiloStatus status) => new()
    {
        SiloAddress = silo,
        SiloName = $"silo-{silo.Generation}",
        HostName = "host",
        Status = status,
        StartTime = new DateTime(2026, 11, 22, 1, 0, 0, DateTimeKind.Utc),
    };
}
