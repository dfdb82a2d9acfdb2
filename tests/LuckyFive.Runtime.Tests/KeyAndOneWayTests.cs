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

    [Fact]
    public async Task PocoGrain_ImplementingIGrainBase_IsActivatedWithItsContext()
    {
        var key = $"poco-{Guid.NewGuid():N}";

        Assert.Equal($"poco/{key}", await fixture.Cluster.Client.GetGrain<IPocoGrain>(key).WhoAmI());
    }

    [Fact]
    public async Task DeactivateOnIdle_WithRequestsQueuedBehind_ForwardsThemToANewActivation()
    {
        var key = $"forward-{Guid.NewGuid():N}";
        await fixture.Cluster.Client.GetGrain<ICounterGrain>(key).Increment();
        var silo = fixture.Cluster.Silos.Single(s => s.HostsActivation(GrainId.Create("counter", key)));
        var counter = silo.GrainFactory.GetGrain<ICounterGrain>(key);

        // Sent in this order from the hosting silo, so they queue in this order behind each other.
        var before = Enumerable.Range(0, 5).Select(_ => counter.Increment()).ToArray();
        var deactivate = counter.Deactivate();
        var after = Enumerable.Range(0, 5).Select(_ => counter.Increment()).ToArray();
        await Task.WhenAll([.. before, deactivate, .. after]);

        Assert.Equal(11, await counter.GetCount()); // Saved on deactivation, read back by the new activation.
        Assert.Equal(2, GrainEvents.Count(key, "activate"));
        Assert.Equal(1, GrainEvents.Count(key, "deactivate:ApplicationRequested"));
    }
}
