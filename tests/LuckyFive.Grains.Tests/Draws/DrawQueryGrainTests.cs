using LuckyFive.Domain.Draws;
using LuckyFive.GrainInterfaces.Draws;

namespace LuckyFive.Grains.Tests.Draws;

/// <summary>Queries through the stateless worker on three silos, checked against the domain's own reading of the workbook.</summary>
[Collection(DrawsCluster.Group)]
public sealed class DrawQueryGrainTests(DrawsCluster cluster)
{
    private IDrawQueryGrain Queries => cluster.Grains.GetDrawQueryGrain();

    private static DrawHistory Official => DrawFiles.OfficialHistory;

    [Fact]
    public async Task GetDrawAsync_FirstContest_HasItsNumbersTiersAndCurrencyAsPublished()
    {
        var lookup = await Queries.GetDrawAsync(1);

        var draw = lookup.Draw!;
        Assert.Equal((1, new DateOnly(1994, 3, 13), "BRR", true), (draw.Contest, draw.Date, draw.Currency, draw.PrizesKnown));
        Assert.Equal([25, 45, 60, 76, 79], draw.Numbers);
        Assert.Equal(
            [new DrawTier("quina", 5, 3, 7_573_122_500), new DrawTier("quadra", 4, 127, 178_892_700), new DrawTier("terno", 3, 7030, 4_298_200), new DrawTier("duque", 2, 0, 0)],
            draw.Tiers);
        Assert.True(lookup.Version >= cluster.WorkbookVersion);
    }

    [Fact]
    public async Task GetDrawAsync_LastOfficialContest_CarriesEveryAmount()
    {
        var draw = (await Queries.GetDrawAsync(6882)).Draw!;

        var expected = Official[6882];
        Assert.Equal(
            (expected.AccumulatedCents, expected.TotalSalesCents, expected.PrizeEstimateCents, expected.SaoJoaoAccumulatedCents, "BRL"),
            (draw.AccumulatedCents, draw.TotalSalesCents, draw.PrizeEstimateCents, draw.SaoJoaoAccumulatedCents, draw.Currency));
        Assert.Equal(expected.Duque.PrizeCents, draw.Tiers[3].PrizeCents);
        Assert.Equal((expected.WinnerLocations, expected.Notes), (draw.WinnerLocations, draw.Notes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(89_999)]
    public async Task GetDrawAsync_ContestNotInTheHistory_IsNull(int contest) =>
        Assert.Null((await Queries.GetDrawAsync(contest)).Draw);

    [Fact]
    public async Task GetPageAsync_NoFilters_NewestFirstWithWhereTheNextPageStarts()
    {
        var first = await Queries.GetPageAsync(Query(limit: 50))!;
        var second = await Queries.GetPageAsync(Query(limit: 50) with { BeforeContest = first!.NextBeforeContest })!;

        Assert.Equal(Enumerable.Range(6833, 50).Reverse(), first.Draws.Select(d => d.Contest));
        Assert.Equal(6833, first.NextBeforeContest);
        Assert.Equal(Enumerable.Range(6783, 50).Reverse(), second!.Draws.Select(d => d.Contest));
        Assert.Equal(cluster.WorkbookVersion, second.Version);
    }

    [Fact]
    public async Task GetPageAsync_ContestRangeWalkedPageByPage_ReturnsEachContestOnceAndEnds()
    {
        var contests = new List<int>();
        var query = Query(limit: 40) with { FromContest = 100, ToContest = 250 };
        DrawPage page;
        var pages = 0;
        do
        {
            page = (await Queries.GetPageAsync(query))!;
            contests.AddRange(page.Draws.Select(d => d.Contest));
            query = query with { BeforeContest = page.NextBeforeContest };
            pages++;
        }
        while (page.NextBeforeContest is not null);

        Assert.Equal(Enumerable.Range(100, 151).Reverse(), contests);
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task GetPageAsync_DateRange_HoldsExactlyTheDrawsOfThoseDates()
    {
        var (from, to) = (new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31));

        var page = (await Queries.GetPageAsync(Query(limit: 1000) with { FromDate = from, ToDate = to }))!;

        Assert.Equal(
            Official.Draws.Where(d => d.Date >= from && d.Date <= to).Select(d => d.Contest).Reverse(),
            page.Draws.Select(d => d.Contest));
        Assert.Null(page.NextBeforeContest);
    }

    [Theory]
    [InlineData(999L)]
    [InlineData(-1L)]
    public async Task GetPageAsync_VersionThatDoesNotExist_IsNull(long version) =>
        Assert.Null(await Queries.GetPageAsync(Query(limit: 10) with { Version = version }));

    [Fact]
    public async Task GetStatsAsync_LastHundredOfficialDraws_MatchACountOverTheDomainsHistory()
    {
        var stats = await Queries.GetStatsAsync(new DrawStatsQuery(Window: 100, FromContest: null, ToContest: 6882));

        var span = Official.Draws.Where(d => d.Contest is > 6782 and <= 6882).ToArray();
        Assert.Equal((6783, 6882, 100), (stats.FromContest, stats.ToContest, stats.Draws));
        Assert.Equal(Enumerable.Range(1, 80), stats.Numbers.Select(n => n.Number));
        Assert.Equal(Enumerable.Range(1, 80).Select(n => span.Count(d => d.Numbers.Contains(n))), stats.Numbers.Select(n => n.Frequency));
        Assert.Equal(
            Enumerable.Range(1, 80).Select(n => Official.Draws.Last(d => d.Contest <= 6882 && d.Numbers.Contains(n)).Contest),
            stats.Numbers.Select(n => n.LastContest!.Value));
        Assert.Equal(stats.Numbers.Select(n => 6882 - n.LastContest), stats.Numbers.Select(n => n.Gap)); // no contest is missing
        var pairs = Enumerable.Range(1, 80).SelectMany(a => Enumerable.Range(a + 1, 80 - a).Select(b => (a, b)))
            .Select(p => new PairStat(p.a, p.b, span.Count(d => d.Numbers.Contains(p.a) && d.Numbers.Contains(p.b))))
            .OrderByDescending(p => p.Count).ThenBy(p => p.First).ThenBy(p => p.Second).Take(20);
        Assert.Equal(pairs, stats.TopPairs);
    }

    [Fact]
    public async Task GetStatsAsync_ContestRange_CountsOnlyThoseDrawsButLooksBackPastItsStartForGaps()
    {
        var stats = await Queries.GetStatsAsync(new DrawStatsQuery(Window: null, FromContest: 2, ToContest: 3));

        Assert.Equal((2, 3, 2), (stats.FromContest, stats.ToContest, stats.Draws));
        Assert.Equal(10, stats.Numbers.Sum(n => n.Frequency));
        Assert.Equal(new NumberStat(25, 0, 1, 2), stats.Numbers[24]); // drawn in contest 1 only: two draws ago at contest 3
        Assert.Equal(new NumberStat(5, 1, 3, 0), stats.Numbers[4]); // drawn in contest 3, the span's last
        Assert.Equal(new NumberStat(1, 0, null, null), stats.Numbers[0]); // not drawn in contests 1..3 at all
        Assert.Equal(20, stats.TopPairs.Count); // 2 draws of 10 pairs each, none shared
        Assert.All(stats.TopPairs, p => Assert.Equal(1, p.Count));
    }

    private DrawPageQuery Query(int limit) => new(cluster.WorkbookVersion, null, null, null, null, null, limit);
}
