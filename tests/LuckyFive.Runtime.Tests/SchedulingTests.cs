using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

[Collection(DefaultClusterDefinition.Name)]
public sealed class SchedulingTests(ClusterFixture fixture)
{
    private IClusterClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task NonReentrantGrain_ConcurrentRequests_NeverOverlap()
    {
        var grain = Client.GetGrain<IOverlapGrain>($"overlap-{Guid.NewGuid():N}");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => grain.Work(10)));

        Assert.Equal(1, await grain.GetMaxConcurrency());
    }

    [Fact]
    public async Task ReentrantGrain_ConcurrentRequests_InterleaveButTurnsNeverRunInParallel()
    {
        var grain = Client.GetGrain<IReentrantOverlapGrain>($"reentrant-{Guid.NewGuid():N}");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => grain.Work(200)));

        var max = await grain.GetMaxConcurrency();
        Assert.NotEqual(-1, max);
        Assert.True(max > 1, $"expected interleaving, saw at most {max} request(s) in flight");
    }

    [Fact]
    public async Task ReadOnlyRequests_Concurrent_InterleaveWithEachOther()
    {
        var grain = Client.GetGrain<IOverlapGrain>($"readonly-{Guid.NewGuid():N}");

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => grain.Read(200)));

        Assert.True(await grain.GetMaxConcurrency() > 1);
    }

    [Fact]
    public async Task ReadOnlyRequest_WhileWriteRuns_WaitsForIt()
    {
        var grain = Client.GetGrain<IOverlapGrain>($"readwrite-{Guid.NewGuid():N}");
        var write = grain.Work(300);
        await Task.Delay(50);

        await Task.WhenAll(write, grain.Read(10));

        Assert.Equal(1, await grain.GetMaxConcurrency());
    }

    [Fact]
    public async Task AlwaysInterleaveRequest_WhileWriteRuns_Interleaves()
    {
        var key = $"interleave-{Guid.NewGuid():N}";
        var grain = Client.GetGrain<IOverlapGrain>(key);
        var write = grain.Work(2000);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "started") == 1, "the write started");

        await Task.WhenAll(write, grain.Interleaved(10));

        Assert.Equal(2, await grain.GetMaxConcurrency());
    }

    [Fact]
    public async Task CallChain_AToBToA_Completes()
    {
        var a = Client.GetGrain<IChainGrain>($"a-{Guid.NewGuid():N}");
        var otherKey = $"b-{Guid.NewGuid():N}";

        var result = await a.CallAround(otherKey).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("back:echo:" + otherKey, result);
    }
}
