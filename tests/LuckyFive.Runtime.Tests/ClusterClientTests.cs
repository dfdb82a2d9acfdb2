using System.Diagnostics;
using LuckyFive.Runtime.Tests.Fixtures;
using LuckyFive.Runtime.Tests.Grains.Invalid;
using LuckyFive.Runtime.Tests.Grains.LateSilo;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime.Tests;

public sealed class ClusterClientTests
{
    [Fact]
    public async Task GetGrain_InterfaceOnlyASiloThatJoinedLaterHosts_ResolvesWithoutWaitingForTheTableRefresh()
    {
        var hostLateGrains = false;
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo =>
        {
            silo.AddTestGrains();
            if (hostLateGrains)
            {
                silo.AddGrain<LateGrain>();
            }
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        Assert.Throws<GrainTypeNotFoundException>(() => cluster.Client.GetGrain<ILateGrain>("early"));

        hostLateGrains = true;
        await cluster.StartAdditionalSiloAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // Past the on-demand refresh interval of the failed lookup.

        // The client's periodic refresh is a minute away: resolving the type re-reads the table.
        Assert.Equal("hello from late", await cluster.Client.GetGrain<ILateGrain>("late").Hello());
    }

    [Fact]
    public async Task GetGrain_UnknownInterfaceOverAndOver_ReadsTheTableAtMostOnceASecond()
    {
        CountingMembershipTable? table = null;
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo.AddTestGrains());
        builder.ConfigureClient(client =>
        {
            var shared = client.Services.Last(d => d.ServiceType == typeof(IMembershipTable)).ImplementationInstance;
            client.Services.AddSingleton<IMembershipTable>(table = new CountingMembershipTable((IMembershipTable)shared!));
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var readsBefore = table!.ReadAllCalls;
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < 200; i++)
        {
            Assert.Throws<GrainTypeNotFoundException>(() => cluster.Client.GetGrain<IUnhostedGrain>($"nobody-{i}"));
        }

        var allowed = 1 + (int)watch.Elapsed.TotalSeconds;
        Assert.InRange(table.ReadAllCalls - readsBefore, 1, allowed);
    }

    private sealed class CountingMembershipTable(IMembershipTable inner) : IMembershipTable
    {
        private int _readAllCalls;

        public int ReadAllCalls => Volatile.Read(ref _readAllCalls);

        public Task<MembershipTableData> ReadAll()
        {
            Interlocked.Increment(ref _readAllCalls);
            return inner.ReadAll();
        }

        public Task InitializeMembershipTable(bool tryInitTableVersion) => inner.InitializeMembershipTable(tryInitTableVersion);

        public Task<MembershipTableData> ReadRow(SiloAddress key) => inner.ReadRow(key);

        public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => inner.InsertRow(entry, tableVersion);

        public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) => inner.UpdateRow(entry, etag, tableVersion);

        public Task UpdateIAmAlive(MembershipEntry entry) => inner.UpdateIAmAlive(entry);

        public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => inner.CleanupDefunctSiloEntries(beforeDate);

        public Task DeleteMembershipTableEntries(string clusterId) => inner.DeleteMembershipTableEntries(clusterId);
    }
}
