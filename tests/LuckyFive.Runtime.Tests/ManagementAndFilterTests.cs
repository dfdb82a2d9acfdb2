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
