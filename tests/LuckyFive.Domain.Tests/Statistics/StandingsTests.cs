using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class StandingsTests
{
    [Fact]
    public void Rank_HigherIsBetter_TiesShareTheLowestRank_PercentileCountsTiesAsHalf()
    {
        var standings = Standings.Rank([0.3, 0.5, 0.3, null, 0.1], higherIsBetter: true);

        Assert.Equal([2, 1, 2, 0, 4], standings.Select(s => s?.Rank ?? 0));
        // Four ranked: 0.5 beats 3 (100), each 0.3 beats one and ties one ((1 + 0.5)/3 = 50), 0.1 beats none (0).
        Assert.Equal([50.0, 100.0, 50.0, 0.0], standings.Where(s => s is not null).Select(s => s!.Percentile));
        Assert.Null(standings[3]);
    }

    [Fact]
    public void Rank_LowerIsBetter_RanksTheSmallestFirst_AndOrderDoesNotMatter()
    {
        var forward = Standings.Rank([3, 1, 2], higherIsBetter: false);
        var backward = Standings.Rank([2, 1, 3], higherIsBetter: false);

        Assert.Equal([3, 1, 2], forward.Select(s => s!.Rank));
        Assert.Equal([0.0, 100.0, 50.0], forward.Select(s => s!.Percentile));
        Assert.Equal([2, 1, 3], backward.Select(s => s!.Rank));
    }

    [Fact]
    public void Rank_OneValue_IsFirstAtTheHundredthPercentile_AllTied_AreFirstAtTheFiftieth()
    {
        var single = Standings.Rank([null, 4.0], higherIsBetter: true);
        var tied = Standings.Rank([1.0, 1.0, 1.0], higherIsBetter: true);

        Assert.Equal(new Standing(1, 100), single[1]);
        Assert.All(tied, s => Assert.Equal(new Standing(1, 50), s));
    }

    [Fact]
    public void Describe_GivesCountMeanMedianSampleDeviationAndRange()
    {
        var even = Standings.Describe([4, 1, 3, 2]);
        var odd = Standings.Describe([5, 1, 3]);
        var one = Standings.Describe([7]);

        Assert.Equal(new Description(4, 2.5, 2.5, Math.Sqrt(5.0 / 3), 1, 4), even);
        Assert.Equal(3, odd.Median);
        Assert.Equal(2, odd.StandardDeviation);
        Assert.Null(one.StandardDeviation);
        Assert.Throws<ArgumentException>(() => Standings.Describe([]));
    }
}
