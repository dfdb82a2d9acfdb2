using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class HitProbabilitiesTests
{
    [Fact]
    public void FiveNumberTicket_MatchesTheKnownOddsTable()
    {
        Assert.Equal(24_040_016, HitProbabilities.DrawCount(5));
        Assert.Equal(1, HitProbabilities.FavourableDraws(5, 5));
        Assert.Equal(375, HitProbabilities.FavourableDraws(5, 4));
        Assert.Equal(27_750, HitProbabilities.FavourableDraws(5, 3));
        Assert.Equal(675_250, HitProbabilities.FavourableDraws(5, 2));
        Assert.Equal(1.0 / 24_040_016, HitProbabilities.For(5)[5], 1e-22);
        Assert.Equal(675_250.0 / 24_040_016, HitProbabilities.For(5)[2], 1e-15);
    }

    [Fact]
    public void EveryTicketSize_ProbabilitiesSumToOneAndCountsToTheTotal()
    {
        for (var k = Quina.MinTicketSize; k <= Quina.MaxTicketSize; k++)
        {
            var favourable = Enumerable.Range(0, HitProbabilities.Bins).Sum(h => HitProbabilities.FavourableDraws(k, h));

            Assert.Equal(HitProbabilities.DrawCount(k), favourable);
            Assert.Equal(1.0, HitProbabilities.For(k).Sum(), 1e-14);
        }
    }

    [Fact]
    public void EveryTicketSize_MeanHitsIsKOverSixteen()
    {
        for (var k = Quina.MinTicketSize; k <= Quina.MaxTicketSize; k++)
        {
            var probabilities = HitProbabilities.For(k);
            var mean = Enumerable.Range(0, HitProbabilities.Bins).Sum(h => h * probabilities[h]);

            Assert.Equal(k / 16.0, mean, 1e-14);
        }
    }

    [Fact]
    public void ExpectedHistogram_ScalesProbabilitiesByTicketCount()
    {
        var expected = HitProbabilities.ExpectedHistogram(1000, 10);

        Assert.Equal(1000.0, expected.Sum(), 1e-9);
        Assert.Equal(1000 * HitProbabilities.For(10)[3], expected[3]);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    public void For_SizeOutsideFiveToFifteen_Throws(int size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HitProbabilities.For(size));
    }
}
