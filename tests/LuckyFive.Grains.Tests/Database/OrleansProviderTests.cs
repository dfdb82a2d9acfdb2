using System.Diagnostics;
using LuckyFive.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;
using static LuckyFive.Grains.Tests.Database.TestDatabase;

namespace LuckyFive.Grains.Tests.Database;

/// <summary>
/// Orleans 10's own ADO.NET clustering, storage and reminder providers, run by real silos on LuckyFive's migrated
/// schema. Every database's sessions use a time zone far from UTC, so a timestamp handled as local time shows.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
[Trait("Category", "PostgreSql")]
public sealed class OrleansProviderTests(PostgresFixture postgres)
{
    private const int Active = 3;
    private const int Dead = 6;
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Silo_FreshDatabase_BecomesActiveInMembershipTable()
    {
        var connectionString = await CreateMigratedAsync(postgres.Server);
        await using var database = NpgsqlDataSource.Create(connectionString);

        await using var silo = await TestSilo.StartAsync(connectionString, "active");

        await using var command = database.CreateCommand("""
            SELECT Status, ProxyPort, abs(extract(epoch FROM now() - IAmAliveTime)), abs(extract(epoch FROM now() - StartTime))
            FROM OrleansMembershipTable WHERE DeploymentId = 'active' AND Port = @port
            """);
        command.Parameters.AddWithValue("port", silo.SiloPort);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the silo has no membership row");
        Assert.Equal(Active, reader.GetInt32(0));
        Assert.Equal(silo.GatewayPort, reader.GetInt32(1));
        Assert.InRange(reader.GetDecimal(2), 0m, 60m);
        Assert.InRange(reader.GetDecimal(3), 0m, 60m);
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task SecondSilo_SameCluster_JoinsAndAClientReachesTheClusterThroughAGateway()
    {
        var connectionString = await CreateMigratedAsync(postgres.Server);
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using var first = await TestSilo.StartAsync(connectionString, "pair");

        await using var second = await TestSilo.StartAsync(connectionString, "pair");

        Assert.Equal(2, await ScalarAsync<long>(database, "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'pair' AND Status = 3"));
        var seenBySecond = await second.Services.GetRequiredService<IMembershipTable>().ReadAllAsync();
        Assert.Equal(
            new[] { first.SiloPort, second.SiloPort }.Order(),
            seenBySecond.Members.Where(m => m.Item1.Status == SiloStatus.Active).Select(m => m.Item1.SiloAddress.Endpoint.Port).Order());

        using var client = new HostBuilder()
            .UseOrleansClient(c =>
            {
                c.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = "pair";
                    o.ServiceId = TestSilo.ServiceId;
                });
                c.UseAdoNetClustering(o =>
                {
                    o.Invariant = TestSilo.Invariant;
                    o.ConnectionString = connectionString;
                });
            })
            .Build();
        await client.StartAsync();
        try
        {
            var counter = client.Services.GetRequiredService<IClusterClient>().GetGrain<IStoredCounterGrain>("through-gateway");
            Assert.Equal(1, await counter.Increment());
        }
        finally
        {
            await client.StopAsync();
        }
    }

    [Fact]
    public async Task GrainState_SiloRestarted_IsReadBackAndAStaleWriteThrowsInconsistentState()
    {
        var connectionString = await CreateMigratedAsync(postgres.Server);
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using (var before = await TestSilo.StartAsync(connectionString, "restart"))
        {
            var counter = before.Grains.GetGrain<IStoredCounterGrain>("alice");
            await counter.Increment();
            Assert.Equal(2, await counter.Increment());
            Assert.Equal("2", await counter.ETag());
        }

        Assert.Equal(1, await ScalarAsync<long>(database, $"""
            SELECT count(*) FROM OrleansStorage
            WHERE GrainTypeString = '{StoredCounterGrain.StateName}' AND GrainIdExtensionString LIKE '%alice%' AND Version = 2
              AND ServiceId = '{TestSilo.ServiceId}' AND abs(extract(epoch FROM now() - ModifiedOn)) < 60
            """));
        Assert.Equal(Dead, await ScalarAsync<int>(database, "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = 'restart'"));

        await using var after = await TestSilo.StartAsync(connectionString, "restart");
        var again = after.Grains.GetGrain<IStoredCounterGrain>("alice");
        Assert.Equal(2, await again.Count());
        Assert.Equal("2", await again.ETag());

        // Another writer (a duplicate activation elsewhere) moves the row on; this activation's ETag is now stale.
        await ExecuteAsync(database, "UPDATE OrleansStorage SET Version = Version + 1");
        await Assert.ThrowsAsync<InconsistentStateException>(() => again.Increment());
        Assert.Equal(3, await ScalarAsync<int>(database, "SELECT Version FROM OrleansStorage"));
    }

    [Fact]
    public async Task GrainStorage_ConcurrentCopiesAndClears_KeepTheETagContract()
    {
        var connectionString = await CreateMigratedAsync(postgres.Server);
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using var silo = await TestSilo.StartAsync(connectionString, "storage", s => s.AddAdoNetGrainStorage("Deleting", o =>
        {
            o.Invariant = TestSilo.Invariant;
            o.ConnectionString = connectionString;
            o.DeleteStateOnClear = true;
        }));
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var grain = GrainId.Create("storage-test", "bob");

        // Two first writes of a state never read: one creates the row, the other conflicts.
        var one = new GrainState<StoredCounterState>(new StoredCounterState { Count = 1 });
        var other = new GrainState<StoredCounterState>(new StoredCounterState { Count = 100 });
        await storage.WriteStateAsync("concurrent", grain, one);
        Assert.Equal("1", one.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("concurrent", grain, other));

        // Two copies read at the same version: the first write wins, the second is stale.
        var readA = new GrainState<StoredCounterState>();
        var readB = new GrainState<StoredCounterState>();
        await storage.ReadStateAsync("concurrent", grain, readA);
        await storage.ReadStateAsync("concurrent", grain, readB);
        Assert.Equal((1, "1", true), (readA.State!.Count, readA.ETag, readA.RecordExists));
        readA.State!.Count = 2;
        await storage.WriteStateAsync("concurrent", grain, readA);
        Assert.Equal("2", readA.ETag);
        readB.State!.Count = 3;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("concurrent", grain, readB));

        // Clear keeps the row without payload and moves the version on; a stale clear conflicts.
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("concurrent", grain, readB));
        await storage.ClearStateAsync("concurrent", grain, readA);
        Assert.Equal("3", readA.ETag);
        Assert.Equal(1, await ScalarAsync<long>(database, "SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'concurrent' AND PayloadBinary IS NULL AND Version = 3"));
        var afterClear = new GrainState<StoredCounterState>();
        await storage.ReadStateAsync("concurrent", grain, afterClear);
        Assert.Equal((0, "3", false), (afterClear.State!.Count, afterClear.ETag, afterClear.RecordExists));

        // The same grain id under another state name is another row.
        await storage.WriteStateAsync("unrelated", grain, new GrainState<StoredCounterState>(new StoredCounterState { Count = 7 }));
        Assert.Equal(2, await ScalarAsync<long>(database, "SELECT count(*) FROM OrleansStorage"));

        // DeleteStateOnClear removes the row; the state can be written afresh afterwards.
        var deleting = silo.Services.GetRequiredKeyedService<IGrainStorage>("Deleting");
        var doomed = new GrainState<StoredCounterState>();
        await deleting.ReadStateAsync("unrelated", grain, doomed);
        Assert.Equal(7, doomed.State!.Count);
        await deleting.ClearStateAsync("unrelated", grain, doomed);
        Assert.Null(doomed.ETag);
        Assert.Equal(0, await ScalarAsync<long>(database, "SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'unrelated'"));
        await deleting.WriteStateAsync("unrelated", grain, doomed);
        Assert.Equal("1", doomed.ETag);
    }

    [Fact]
    public async Task Reminder_Registered_IsStoredReadBackAndFiresAgainAfterASiloRestart()
    {
        var connectionString = await CreateMigratedAsync(postgres.Server);
        await using var database = NpgsqlDataSource.Create(connectionString);
        var registeredAt = DateTime.UtcNow;
        GrainId probeId;
        await using (var before = await TestSilo.StartAsync(connectionString, "reminders"))
        {
            var probe = before.Grains.GetGrain<IReminderProbeGrain>("ticking");
            probeId = probe.GetGrainId();
            await probe.Start(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

            var table = before.Services.GetRequiredService<IReminderTable>();
            var entry = await table.ReadRow(probeId, ReminderProbeGrain.ReminderName);
            Assert.NotNull(entry);
            Assert.Equal(TimeSpan.FromSeconds(1), entry.Period);
            Assert.Equal(DateTimeKind.Utc, entry.StartAt.Kind);
            Assert.InRange(entry.StartAt, registeredAt, DateTime.UtcNow.AddSeconds(2));
            Assert.Equal("0", entry.ETag);
            Assert.Single((await table.ReadRows(probeId)).Reminders);
            await WaitUntilAsync(async () => await probe.Ticks() >= 1, "the reminder never fired");
        }

        Assert.Equal(1000L, await ScalarAsync<long>(database, "SELECT Period FROM OrleansRemindersTable WHERE ReminderName = 'probe'"));

        await using var after = await TestSilo.StartAsync(connectionString, "reminders");
        var resumed = after.Grains.GetGrain<IReminderProbeGrain>("ticking");
        await WaitUntilAsync(async () => await resumed.Ticks() >= 1, "the reminder did not fire on the restarted silo");
        await resumed.Unregister();
        Assert.Equal(0, await ScalarAsync<long>(database, "SELECT count(*) FROM OrleansRemindersTable"));
    }

    [Fact]
    public async Task ReminderTable_RowsAcrossTheRing_AreFoundByEveryRangeQuery()
    {
        var connectionString = await CreateMigratedAsync(postgres.Server);
        await using var silo = await TestSilo.StartAsync(connectionString, "ring");
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("ring-test", $"g{i}")).ToArray();
        foreach (var grain in grains)
        {
            await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(5) });
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).ToArray();
        var cuts = new uint[] { 0, 0x4000_0000, 0x8000_0000, 0xC000_0000, uint.MaxValue };
        foreach (var begin in cuts)
        {
            foreach (var end in cuts)
            {
                var found = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).Order().ToArray();
                var expected = grains.Where((_, i) => InRingRange(hashes[i], begin, end)).Order().ToArray();
                Assert.True(expected.SequenceEqual(found), $"range ({begin:X8}, {end:X8}]: expected {expected.Length}, found {found.Length}");
            }
        }

        // Re-registering bumps the ETag; removing needs the current ETag.
        var upserted = await table.UpsertRow(new ReminderEntry { GrainId = grains[0], ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(6) });
        Assert.Equal("1", upserted);
        Assert.False(await table.RemoveRow(grains[0], "r", "0"));
        Assert.True(await table.RemoveRow(grains[0], "r", "1"));
        Assert.Null(await table.ReadRow(grains[0], "r"));
        Assert.Equal(grains.Length - 1, (await table.ReadRows(0, 0)).Reminders.Count);
    }

    /// <summary>
    /// IReminderTable's contract for a range: (begin, end] on the uint ring, wrapping when begin >= end. The provider
    /// compares signed reinterpretations of the hashes; the ring order is the same, so the answers must be too.
    /// </summary>
    private static bool InRingRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string failure)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < WaitLimit, $"{failure} within {WaitLimit.TotalSeconds:F0} s");
            await Task.Delay(200);
        }
    }
}
