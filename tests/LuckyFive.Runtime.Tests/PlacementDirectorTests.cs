using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Tests;

public sealed class PlacementDirectorTests
{
    private static readonly SiloAddress Local = new("local", 1);
    private static readonly SiloAddress Other = new("other", 1);
    private static readonly PlacementTarget Target = new(GrainId.Create("g", 1), "g");

    [Fact]
    public void ResourceOptimized_LocalSiloOverloaded_PicksTheOtherSilo()
    {
        var context = new FakeContext(Local, new()
        {
            [Local] = Stats(cpu: 95, activations: 1000, usedMemory: 900),
            [Other] = Stats(cpu: 5, activations: 10, usedMemory: 100),
        });

        var chosen = new ResourceOptimizedPlacementDirector(Options.Create(new ResourceOptimizedPlacementOptions()))
            .OnAddActivation(ResourceOptimizedPlacement.Singleton, Target, context);

        Assert.Equal(Other, chosen);
    }

    [Fact]
    public void ResourceOptimized_LocalSiloWithinMargin_StaysLocal()
    {
        var context = new FakeContext(Local, new()
        {
            [Local] = Stats(cpu: 21, activations: 100, usedMemory: 500),
            [Other] = Stats(cpu: 20, activations: 100, usedMemory: 500),
        });

        var chosen = new ResourceOptimizedPlacementDirector(Options.Create(new ResourceOptimizedPlacementOptions()))
            .OnAddActivation(ResourceOptimizedPlacement.Singleton, Target, context);

        Assert.Equal(Local, chosen);
    }

    [Fact]
    public void ActivationCount_TwoSilos_PicksTheLessLoaded()
    {
        var context = new FakeContext(Local, new()
        {
            [Local] = Stats(cpu: 0, activations: 500, usedMemory: 0),
            [Other] = Stats(cpu: 0, activations: 20, usedMemory: 0),
        });

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(Other, new ActivationCountPlacementDirector().OnAddActivation(ActivationCountBasedPlacement.Singleton, Target, context));
        }
    }

    private static SiloRuntimeStatistics Stats(double cpu, int activations, long usedMemory) =>
        new(activations, cpu, usedMemory, 1000 - usedMemory, 1000, DateTime.UtcNow);

    private sealed class FakeContext(SiloAddress local, Dictionary<SiloAddress, SiloRuntimeStatistics> stats) : IPlacementContext
    {
        public SiloAddress LocalSilo => local;

        public IReadOnlyList<SiloAddress> GetCompatibleSilos(PlacementTarget target) => [.. stats.Keys];

        public SiloRuntimeStatistics? GetSiloStatistics(SiloAddress silo) => stats[silo];
    }
}
