using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.GrainDirectory;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;

namespace LuckyFive.Runtime.Postgres.Tests.GrainDirectory;

[Collection(PostgresTests.Name)]
public sealed class PostgresGrainDirectoryTests(PostgresFixture postgres) : MigratedDatabaseTests(postgres)
{
    private static readonly SiloAddress SiloA = new("127.0.0.1:11111", 1);
    private static readonly SiloAddress SiloB = new("127.0.0.1:11112", 1);
    [Fact]
    public async Task Register_TwoSilosRacingForOneGrain_BothGetTheSameWinner()
    {
        var directory = new PostgresGrainDirectory(Database, "c1");
        var grain = GrainId.Create("simulation", "s-1");
        var candidates = Enumerable.Range(0, 20)
            .Select(i => new GrainAddress(grain, i % 2 == 0 ? SiloA : SiloB, Guid.NewGuid()))
            .ToArray();

        var winners = await Task.WhenAll(candidates.Select(c => Task.Run(() => directory.Register(c))));

        Assert.Single(winners.Distinct());
        Assert.Contains(winners[0], candidates);
        Assert.Equal(winners[0], await directory.Lookup(grain));
    }

    [Fact]
    public async Task Register_EntryOfASiloTheMembershipTableCallsDead_IsReplaced()
    {
        var directory = new PostgresGrainDirectory(Database, "c1");
        var membership = new LuckyFive.Runtime.Postgres.Membership.PostgresMembershipTable(Database, "c1");
        await membership.InitializeMembershipTable(true);
        var entry = new MembershipEntry { SiloAddress = SiloA, SiloName = "a", Status = SiloStatus.Active, StartTime = DateTime.UtcNow };
        await membership.InsertRow(entry, new TableVersion(1, "1"));
        var grain = GrainId.Create("counter", "c-1");
        var onA = await directory.Register(new GrainAddress(grain, SiloA, Guid.NewGuid()));
        var whileAlive = await directory.Register(new GrainAddress(grain, SiloB, Guid.NewGuid()));
        var (_, etag) = (await membership.ReadRow(SiloA)).Members[0];
        await membership.UpdateRow(entry with { Status = SiloStatus.Dead }, etag, new TableVersion(2, "2"));

        var replacement = new GrainAddress(grain, SiloB, Guid.NewGuid());
        var afterDeath = await directory.Register(replacement);

        Assert.Equal(onA, whileAlive);
        Assert.Equal(replacement, afterDeath);
        Assert.Equal(replacement, await directory.Lookup(grain));
    }

    [Fact]
    public async Task Unregister_OtherActivation_LeavesTheRegisteredOne()
    {
        var directory = new PostgresGrainDirectory(Database, "c1");
        var grain = GrainId.Create("ledger", "l-1");
        var registered = await directory.Register(new GrainAddress(grain, SiloA, Guid.NewGuid()));

        await directory.Unregister(new GrainAddress(grain, SiloB, Guid.NewGuid()));
        Assert.Equal(registered, await directory.Lookup(grain));

        await directory.Unregister(registered);
        Assert.Null(await directory.Lookup(grain));
    }

    [Fact]
    public async Task UnregisterSilos_DeadSilo_RemovesOnlyItsEntriesInThisCluster()
    {
        var directory = new PostgresGrainDirectory(Database, "c1");
        var otherCluster = new PostgresGrainDirectory(Database, "c2");
        var onA = GrainId.Create("batch", "a");
        var onB = GrainId.Create("batch", "b");
        await directory.Register(new GrainAddress(onA, SiloA, Guid.NewGuid()));
        await directory.Register(new GrainAddress(onB, SiloB, Guid.NewGuid()));
        await otherCluster.Register(new GrainAddress(onA, SiloA, Guid.NewGuid()));

        await directory.UnregisterSilos([SiloA]);

        Assert.Null(await directory.Lookup(onA));
        Assert.NotNull(await directory.Lookup(onB));
        Assert.NotNull(await otherCluster.Lookup(onA));
    }
}
