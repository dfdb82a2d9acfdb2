namespace LuckyFive.Runtime.Tests;

public sealed class SiloStatisticsCacheTests
{
    private static readonly SiloAddress Peer = new("peer", 1);

    [Fact]
    public void Update_FiguresSampledBeforeSomePlacements_KeepsOnlyThePlacementsTheyCannotInclude()
    {
        var cache = new SiloStatisticsCache();
        cache.RecordPlacement(Peer);
        cache.RecordPlacement(Peer);
        var sampledAt = DateTime.UtcNow;
        Thread.Sleep(5);
        cache.RecordPlacement(Peer); // After the sample: still on its way, as far as the figures know.

        cache.Update(Peer, Figures(activations: 10, sampledAt));

        Assert.Equal(11, cache.Get(Peer)!.ActivationCount);
    }

    [Fact]
    public void Get_PeerNeverPublished_CountsThisSilosPlacementsOnIt()
    {
        var cache = new SiloStatisticsCache();
        for (var i = 0; i < 3; i++)
        {
            cache.RecordPlacement(Peer);
        }

        Assert.Equal(3, cache.Get(Peer)!.ActivationCount);
        Assert.Equal(0, cache.Get(new SiloAddress("unknown", 1))!.ActivationCount);
    }

    [Fact]
    public void Update_NewerFigures_ReplaceTheOldAndDropPlacementsTheyInclude()
    {
        var cache = new SiloStatisticsCache();
        cache.Update(Peer, Figures(activations: 4, DateTime.UtcNow));
        cache.RecordPlacement(Peer);
        Thread.Sleep(5);

        cache.Update(Peer, Figures(activations: 9, DateTime.UtcNow));

        Assert.Equal(9, cache.Get(Peer)!.ActivationCount);
        Assert.Equal(42.5, cache.Get(Peer)!.CpuUsagePercent);
    }

    private static SiloRuntimeStatistics Figures(int activations, DateTime sampledAt) =>
        new(activations, 42.5, 1_000, 2_000, 3_000, sampledAt);
}
