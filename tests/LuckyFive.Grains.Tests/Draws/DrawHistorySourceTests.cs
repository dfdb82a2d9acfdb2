using LuckyFive.Domain.Draws;
using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Tests.Database;
using LuckyFive.TestSupport;

namespace LuckyFive.Grains.Tests.Draws;

/// <summary>A silo's in-memory histories: loaded once, bounded, and refreshed when another silo imports.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class DrawHistorySourceTests(PostgresFixture postgres)
{
    [Fact]
    public async Task GetAsync_ManyConcurrentCallers_LoadTheVersionOnceAndShareIt()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        await database.ImportAsync(DrawFiles.Workbook);
        var source = new DrawHistorySource(database.Store, TimeProvider.System);

        var histories = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => source.GetAsync(1))));

        Assert.All(histories, h => Assert.Same(histories[0], h));
        Assert.Equal(DrawFiles.OfficialHistory.Draws, histories[0].Draws);
        Assert.Same(histories[0], await source.GetAsync(1));
    }

    [Fact]
    public async Task CurrentVersionAsync_AnImportThroughAnotherStore_IsSeenOnceTheCheckPeriodHasPassed()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        await database.ImportAsync(DrawFiles.ShortCsv((1, "1994-03-13", [25, 45, 60, 76, 79])));
        var clock = new ManualClock();
        var source = new DrawHistorySource(database.Store, clock);
        var before = await source.CurrentVersionAsync();
        var first = await source.GetAsync(before);

        await StoreDatabase.ImportAsync(database.NewStore(), DrawFiles.ShortCsv((2, "1994-03-17", [13, 30, 58, 63, 64])));
        var withinPeriod = await source.CurrentVersionAsync();
        clock.Advance(DrawHistorySource.VersionCheckPeriod);
        var afterPeriod = await source.CurrentVersionAsync();
        var second = await source.GetAsync(afterPeriod);

        Assert.Equal((1, 1, 2), (before, withinPeriod, afterPeriod)); // no query within the period, one after it
        Assert.Equal([1, 2], second.Draws.Select(d => d.Contest));
        Assert.Same(first, await source.GetAsync(1)); // the previous version stays in memory, as it was
    }

    [Fact]
    public async Task CurrentVersionAsync_RealClock_SeesAnImportWithinAFewCheckPeriods()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        var source = new DrawHistorySource(database.Store, TimeProvider.System);
        Assert.Equal(0, await source.CurrentVersionAsync());

        await StoreDatabase.ImportAsync(database.NewStore(), DrawFiles.ShortCsv((1, "1994-03-13", [25, 45, 60, 76, 79])));

        Assert.Equal(1, await WaitForVersionAsync(source, 1));
    }

    [Fact]
    public async Task Add_AfterAnImportOnThisSilo_ServesTheNewVersionAtOnce()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        var source = new DrawHistorySource(database.Store, TimeProvider.System);
        Assert.Equal(0, await source.CurrentVersionAsync());

        var import = await database.ImportAsync(DrawFiles.ShortCsv((1, "1994-03-13", [25, 45, 60, 76, 79])));
        source.Add(import.Version, import.History);

        Assert.Equal(1, await source.CurrentVersionAsync());
        Assert.Same(import.History, await source.GetAsync(1));
    }

    [Fact]
    public async Task GetAsync_MoreVersionsThanTheCapacity_KeepsCurrentPreviousAndTheBoundAndReloadsAnEvictedOne()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        for (var contest = 1; contest <= 5; contest++)
        {
            await database.ImportAsync(DrawFiles.ShortCsv((contest, "1994-03-13", [1, 2, 3, 4, contest + 4])));
        }

        var source = new DrawHistorySource(database.Store, TimeProvider.System, capacity: 1);
        Assert.Equal(5, await source.CurrentVersionAsync());
        var first = await source.GetAsync(1);
        foreach (var version in new long[] { 2, 3, 4, 5 })
        {
            await source.GetAsync(version);
        }

        var reloaded = await source.GetAsync(1);

        Assert.Equal(3, source.CachedCount); // 5 and 4, current and previous, and the one most recently used
        Assert.NotSame(first, reloaded); // version 1 was evicted and read again ...
        Assert.Equal(first.Draws, reloaded.Draws); // ... identical, since versions never change
        Assert.Equal([1, 2, 3], (await source.GetAsync(3)).Draws.Select(d => d.Contest));
    }

    [Fact]
    public async Task GetAsync_UnknownVersion_ThrowsAndIsNotRemembered()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        var source = new DrawHistorySource(database.Store, TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => source.GetAsync(1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => source.GetAsync(-1));
        Assert.Same(DrawHistory.Empty, await source.GetAsync(0));
        await database.ImportAsync(DrawFiles.ShortCsv((1, "1994-03-13", [25, 45, 60, 76, 79])));
        Assert.Single((await source.GetAsync(1)).Draws);
    }

    /// <summary>Polls as a caller would, for at most ten check periods (the machine may be busy).</summary>
    internal static async Task<long> WaitForVersionAsync(IDrawHistorySource source, long version)
    {
        var deadline = DateTime.UtcNow + (DrawHistorySource.VersionCheckPeriod * 10);
        long current;
        while ((current = await source.CurrentVersionAsync()) < version && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return current;
    }
}
