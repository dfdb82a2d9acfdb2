using Microsoft.Extensions.DependencyInjection;

using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class ManagementAndFilterTests
{
    [Fact]
    public async Task ManagementGrain_AfterCalls_ListsSilosActivationsAndMethodStatistics()
    {
        await using var cluster = await TestGrains.DeployAsync(2);
        for (var i = 0; i < 10; i++)
        {
            await cluster.Client.GetGrain<IPingGrain>(700 + i).Ping(i);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Client.GetGrain<IBehaviourGrain>("mgmt").Throw("x"));
        var management = cluster.Client.GetGrain<IManagementGrain>(0);

        var hosts = await management.GetHosts(onlyActive: true);
        var activations = await management.GetSimpleGrainStatistics();
        var methods = await management.GetMethodStatistics();

        Assert.Equal(cluster.Silos.Select(s => s.SiloAddress).OrderBy(s => s.ToString(), StringComparer.Ordinal), hosts.Select(h => h.SiloAddress));
        Assert.Equal(10, activations.Where(a => a.GrainType == "ping").Sum(a => a.ActivationCount));
        Assert.Equal(10, methods.Where(m => m.Statistics.GrainType == "ping" && m.Statistics.Method == "Ping").Sum(m => m.Statistics.Calls));
        Assert.Equal(1, methods.Where(m => m.Statistics.GrainType == "behaviour" && m.Statistics.Method == "Throw").Sum(m => m.Statistics.Failures));
        Assert.True(await management.GetTotalActivationCount() >= 11);
    }

    [Fact]
    public async Task ManagementGrain_RuntimeStatistics_ReportEachSilosLiveActivationsInTheOrderAsked()
    {
        await using var cluster = await TestGrains.DeployAsync(2);
        var first = cluster.Silos[0];
        for (var i = 0; i < 7; i++)
        {
            await first.GrainFactory.GetGrain<ILocalCallerGrain>(800 + i).GetSilo(); // Prefer-local: all on the first silo.
        }

        var order = new[] { cluster.Silos[1].SiloAddress, first.SiloAddress };
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetRuntimeStatistics(order);

        Assert.Equal(2, statistics.Length);
        Assert.Equal(first.ActivationCount, statistics[1].ActivationCount);
        Assert.Equal(cluster.Silos[1].ActivationCount, statistics[0].ActivationCount);
        Assert.True(statistics[1].ActivationCount >= 7);
        Assert.All(statistics, s => Assert.True(s.MaximumAvailableMemoryBytes > 0));
    }

    [Fact]
    public async Task LocalSiloDetails_InASilosServices_DescribeThatSilo()
    {
        await using var cluster = await TestGrains.DeployAsync(2);

        foreach (var silo in cluster.Silos)
        {
            var details = silo.ServiceProvider.GetRequiredService<ILocalSiloDetails>();
            Assert.Equal(silo.SiloAddress, details.SiloAddress);
            Assert.Equal(silo.Name, details.Name);
            Assert.Equal(cluster.Options.ClusterId, details.ClusterId);
            Assert.Equal(SiloStatus.Active, details.Status);
        }
    }

    [Fact]
    public async Task CallFilters_IncomingAndOutgoing_RunAroundCalls()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo.AddTestGrains().AddIncomingGrainCallFilter<CallCountingFilter>());
        builder.ConfigureClient(client => client.Services.AddSingleton<IOutgoingGrainCallFilter, TaggingOutgoingFilter>());
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var grain = cluster.Client.GetGrain<IFilteredGrain>($"filtered-{Guid.NewGuid():N}");
        var before = CallCountingFilter.Calls.GetValueOrDefault($"{typeof(IFilteredGrain).FullName}.Echo");

        var echoed = await grain.Echo("hi");
        var tag = await grain.ReadTag();

        Assert.Equal("filtered:hi:after", echoed);
        Assert.Equal("ReadTag", tag);
        Assert.True(CallCountingFilter.Calls[$"{typeof(IFilteredGrain).FullName}.Echo"] > before);
    }
}
