using Microsoft.Extensions.DependencyInjection;
using LuckyFive.Runtime.Tests.Fixtures;
using LuckyFive.Runtime.Tests.Grains.Invalid;

namespace LuckyFive.Runtime.Tests;

public sealed class ClusterConfigurationTests
{
    [Fact]
    public async Task SiloStart_GrainWithUnserializableParameter_FailsNamingTheType()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo.AddGrain<UnserializableGrain>());
        await using var cluster = builder.Build();

        var exception = await Assert.ThrowsAsync<GrainSerializationException>(() => cluster.DeployAsync());

        Assert.Contains("System.Func`1", exception.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IUnserializableGrain), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseTimeout_CalleeTooSlow_CallerGetsTimeoutException()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo.AddTestGrains().Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(1)));
        builder.ConfigureClient(client => client.Services.Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(1)));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var grain = cluster.Client.GetGrain<IBehaviourGrain>("slow");

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => grain.Sleep(30_000));

        Assert.Contains("did not arrive on time", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallChain_ReentrancySuppressed_CycleWaitsUntilTimeout()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo.AddTestGrains().Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(1)));
        builder.ConfigureClient(client => client.Services.Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var a = cluster.Client.GetGrain<IChainGrain>($"sa-{Guid.NewGuid():N}");

        await Assert.ThrowsAsync<TimeoutException>(() => a.CallAroundSuppressed($"sb-{Guid.NewGuid():N}"));
    }
}
