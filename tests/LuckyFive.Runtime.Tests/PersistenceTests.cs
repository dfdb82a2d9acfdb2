using LuckyFive.Runtime.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime.Tests;

[Collection(DefaultClusterDefinition.Name)]
public sealed class PersistenceTests(ClusterFixture fixture)
{
    [Fact]
    public async Task WriteState_StoredVersionChangedBehindTheGrain_ThrowsAndDeactivates()
    {
        var key = $"etag-{Guid.NewGuid():N}";
        var grain = fixture.Cluster.Client.GetGrain<IStateGrain>(key);
        Assert.Equal(1, await grain.IncrementAndSave());
        var firstActivation = await grain.GetActivationId();

        // Another writer updates the record: the grain's ETag is now stale.
        var storage = fixture.Cluster.Primary.ServiceProvider.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorageName);
        var record = new GrainState<CounterState>();
        var grainId = GrainId.Create("state", key);
        await storage.ReadStateAsync("state", grainId, record);
        record.State.Count = 100;
        await storage.WriteStateAsync("state", grainId, record);

        var exception = await Assert.ThrowsAsync<InconsistentStateException>(() => grain.IncrementAndSave());

        Assert.Equal("2", exception.StoredEtag);
        Assert.Equal("1", exception.CurrentEtag);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "deactivate:ApplicationError") == 1, "the activation was deactivated");
        Assert.NotEqual(firstActivation, await grain.GetActivationId());
        Assert.Equal(100, await grain.GetCount()); // The new activation re-read fresh state.
        Assert.Equal(101, await grain.IncrementAndSave());
    }

    [Fact]
    public async Task State_AfterDeactivation_IsReadBack()
    {
        var key = $"persist-{Guid.NewGuid():N}";
        var grain = fixture.Cluster.Client.GetGrain<ICounterGrain>(key);
        await grain.Increment();
        await grain.Increment();
        await grain.Deactivate();
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "deactivate:ApplicationRequested") == 1, "the grain deactivated");

        Assert.Equal(2, await grain.GetCount());
    }
}
