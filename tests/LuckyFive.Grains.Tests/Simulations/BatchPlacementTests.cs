using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Simulations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Placement;
using Orleans.TestingHost;

namespace LuckyFive.Grains.Tests.Simulations;

/// <summary>
/// <c>LuckyFive:Simulations:BatchPlacement</c> decides the Orleans strategy of contest batches on every silo, and
/// batches placed by it run. Whether one strategy spreads CPU work better than another cannot be judged in one process
/// (every silo sees the same CPU); the measurement is the cluster benchmark's <c>placement</c> command.
/// </summary>
public abstract class BatchPlacementTests(SimulationCluster fixture, Type expected, bool spreads)
{
    private const int Batches = 20;

    [Fact]
    public async Task Batches_PlacedByTheConfiguredStrategy()
    {
        var batchType = fixture.Cluster.GrainFactory.GetGrain<IContestBatchGrain>("any").GetGrainId().Type;
        var id = Specs.NewId("placement");
        var spec = Specs.Random(4001, 4000 + (Batches * 5), tickets: 2, batchSize: 5);

        var strategies = fixture.Cluster.Silos.Cast<InProcessSiloHandle>()
            .Select(s => s.SiloHost.Services.GetRequiredService<PlacementStrategyResolver>().GetPlacementStrategy(batchType));
        var results = await Task.WhenAll(Enumerable.Range(0, Batches).Select(i => fixture.Cluster.GrainFactory
            .GetGrain<IContestBatchGrain>($"{id}/{i}")
            .RunAsync(new BatchWork { SimulationId = id, Spec = spec, DrawsVersion = 1, FromContest = 4001 + (i * 5), ToContest = 4005 + (i * 5) })));

        Assert.All(strategies, s => Assert.IsType(expected, s));
        Assert.All(results, r => Assert.True(r.Computed));
        if (spreads)
        {
            Assert.Equal(fixture.Cluster.GetActiveSilos().Count(), results.Select(r => r.Silo).Distinct().Count());
        }
    }

    public sealed class ResourceOptimized(ResourceOptimized.Cluster fixture)
        : BatchPlacementTests(fixture, typeof(ResourceOptimizedPlacement), spreads: false), IClassFixture<ResourceOptimized.Cluster>
    {
        public sealed class Cluster() : SimulationCluster(2, Setting(BatchPlacement.ResourceOptimized));
    }

    public sealed class ActivationCount(ActivationCount.Cluster fixture)
        : BatchPlacementTests(fixture, typeof(ActivationCountBasedPlacement), spreads: true), IClassFixture<ActivationCount.Cluster>
    {
        public sealed class Cluster() : SimulationCluster(2, Setting(BatchPlacement.ActivationCount));
    }

    public sealed class Random(Random.Cluster fixture)
        : BatchPlacementTests(fixture, typeof(RandomPlacement), spreads: true), IClassFixture<Random.Cluster>
    {
        public sealed class Cluster() : SimulationCluster(2, Setting(BatchPlacement.Random));
    }

    private static Dictionary<string, string> Setting(BatchPlacement placement) =>
        new() { ["LuckyFive:Simulations:BatchPlacement"] = placement.ToString() };
}
