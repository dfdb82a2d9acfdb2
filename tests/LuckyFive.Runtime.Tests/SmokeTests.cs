using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

[Collection(DefaultClusterDefinition.Name)]
public sealed class SmokeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Call_FromClient_ReturnsResult()
    {
        var grain = fixture.Cluster.Client.GetGrain<IPingGrain>(1);
        Assert.Equal(42, await grain.Ping(41));
        Assert.Equal(43, await grain.PingValue(42));
    }

    [Fact]
    public async Task Call_GrainToGrain_ReturnsResult()
    {
        var grain = fixture.Cluster.Client.GetGrain<IPingGrain>(2);
        Assert.Equal(8, await grain.PingOther(3, 7));
    }
}
