using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

[Collection(DefaultClusterDefinition.Name)]
public sealed class StatelessWorkerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task StatelessWorker_ConcurrentCallsFromOneSilo_UseLocalPoolUpToItsLimit()
    {
        var caller = fixture.Cluster.Client.GetGrain<IWorkerCallerGrain>(Random.Shared.NextInt64(1, long.MaxValue));
        var workerKey = Random.Shared.NextInt64(1, long.MaxValue);
        var callerSilo = await caller.GetSilo();

        var activations = await caller.FanOut(workerKey, calls: 12, delayMilliseconds: 100);

        Assert.Equal(2, activations.Distinct().Count()); // [StatelessWorker(2)]
        var grainId = GrainId.Create("worker", workerKey);
        var hosting = fixture.Cluster.Silos.Where(s => s.HostsActivation(grainId)).Select(s => s.SiloAddress.ToString()).ToArray();
        Assert.Equal([callerSilo], hosting);
        Assert.Null(await fixture.Cluster.GrainDirectory.Lookup(grainId)); // Workers are not in the directory.
    }
}
