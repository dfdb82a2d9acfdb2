using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class PlacementTests
{
    [Fact]
    public async Task ActivationCountPlacement_3000GrainsOn3Silos_SpreadsWithin15Percent()
    {
        await using var cluster = await TestGrains.DeployAsync(3);
        const int grains = 3000;
        for (var batch = 0; batch < grains; batch += 250)
        {
            await Task.WhenAll(Enumerable.Range(batch, 250).Select(i =>
                cluster.Client.GetGrain<IPlacedGrain>(i, typeof(CountPlacedGrain).FullName).GetSilo()));
        }

        var perSilo = cluster.Silos.Select(s => s.CountActivations("countplaced")).ToArray();

        Assert.Equal(grains, perSilo.Sum());
        Assert.All(perSilo, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public async Task PreferLocalPlacement_CalledFromEachSilo_StaysOnThatSilo()
    {
        await using var cluster = await TestGrains.DeployAsync(3);
        var key = 10_000L;
        foreach (var silo in cluster.Silos)
        {
            var caller = silo.GrainFactory.GetGrain<ILocalCallerGrain>(key);
            var callerSilo = await caller.GetSilo();

            var targets = await caller.CallPreferLocal(firstKey: key * 100, count: 20);

            Assert.Equal(silo.SiloAddress.ToString(), callerSilo);
            Assert.All(targets, target => Assert.Equal(callerSilo, target));
            key++;
        }
    }

    [Fact]
    public async Task HashBasedPlacement_FixedSiloSet_IsStableAndFollowsTheHash()
    {
        await using var cluster = await TestGrains.DeployAsync(3);
        var sorted = cluster.Silos.Select(s => s.SiloAddress).OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        var prefix = typeof(HashPlacedGrain).FullName;
        var first = new Dictionary<long, string>();
        for (var key = 0L; key < 60; key++)
        {
            first[key] = await cluster.Client.GetGrain<IPlacedGrain>(key, prefix).GetSilo();
            var expected = sorted[GrainId.Create("hashplaced", key).GetUniformHashCode() % (uint)sorted.Length];
            Assert.Equal(expected.ToString(), first[key]);
        }

        for (var key = 0L; key < 60; key++)
        {
            await cluster.Client.GetGrain<IPlacedGrain>(key, prefix).Deactivate();
        }

        await GrainEvents.WaitUntilAsync(() => cluster.Silos.All(s => s.CountActivations("hashplaced") == 0), "all deactivated");
        for (var key = 0L; key < 60; key++)
        {
            Assert.Equal(first[key], await cluster.Client.GetGrain<IPlacedGrain>(key, prefix).GetSilo());
        }

        Assert.True(first.Values.Distinct().Count() > 1);
    }
}
