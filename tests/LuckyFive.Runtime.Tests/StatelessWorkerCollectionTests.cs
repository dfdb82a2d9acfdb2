using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class StatelessWorkerCollectionTests
{
    [Fact]
    public async Task StatelessWorkers_Idle_AreRemovedAndRecreatedOnDemand()
    {
        await using var cluster = await TestGrains.DeployAsync(1, silo => silo.Configure<GrainCollectionOptions>(o => o.ClassSpecificCollectionAge["worker"] = TimeSpan.Zero));
        var caller = cluster.Primary.GrainFactory.GetGrain<IWorkerCallerGrain>(1);
        await caller.FanOut(workerKey: 5, calls: 6, delayMilliseconds: 50);
        Assert.Equal(2, cluster.Primary.CountActivations("worker"));

        await GrainEvents.WaitUntilAsync(
            () =>
            {
                cluster.Primary.CollectIdleActivations();
                return cluster.Primary.CountActivations("worker") == 0;
            },
            "idle workers were removed");

        Assert.Single((await caller.FanOut(workerKey: 5, calls: 1, delayMilliseconds: 1)).Distinct());
        Assert.Equal(1, cluster.Primary.CountActivations("worker"));
    }
}
