using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

[Collection(DefaultClusterDefinition.Name)]
public sealed class KeyAndOneWayTests(ClusterFixture fixture)
{
    [Fact]
    public async Task GuidKey_InsideGrain_IsTheKeyUsedByTheCaller()
    {
        var key = Guid.NewGuid();

        Assert.Equal(key, await fixture.Cluster.Client.GetGrain<IGuidKeyedGrain>(key).GetKey());
    }

    [Fact]
    public async Task CompoundKey_InsideGrain_ExposesKeyAndExtension()
    {
        var grain = fixture.Cluster.Client.GetGrain<ICompoundKeyedGrain>(42, "ext");

        Assert.Equal("42:ext", await grain.Describe());
        Assert.NotEqual(grain.GetGrainId(), fixture.Cluster.Client.GetGrain<ICompoundKeyedGrain>(42, "other").GetGrainId());
    }

    [Fact]
    public async Task OneWayCall_CompletesBeforeTheCalleeRunsAndHidesItsException()
    {
        var key = $"oneway-{Guid.NewGuid():N}";

        await fixture.Cluster.Client.GetGrain<IOneWayGrain>(key).Fire("x");

        Assert.Empty(GrainEvents.Get(key));
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "fired:x") == 1, "the one-way call ran");
    }
}
