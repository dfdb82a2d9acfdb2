using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class ChiSquareTestTests
{
    [Fact]
    public void GoodnessOfFit_SmallTopBins_MergeDownUntilFiveExpected()
    {
        // 10,000 five-number tickets expect about 7,180 / 2,528 / 281 / 11.5 / 0.16 / 0.0004 tickets at 0..5 hits.
        var expected = HitProbabilities.ExpectedHistogram(10_000, 5);
        long[] observed = [7400, 2300, 280, 12, 1, 0];

        var test = ChiSquareTest.GoodnessOfFit(observed, expected);

        Assert.Equal([(0, 0), (1, 1), (2, 2), (3, 5)], test.Bins.Select(b => (b.LowHits, b.HighHits)));
        Assert.Equal(13, test.Bins[3].Observed);
        Assert.Equal(expected[3] + expected[4] + expected[5], test.Bins[3].Expected, 1e-12);
        Assert.Equal(3, test.DegreesOfFreedom);
        Assert.All(test.Bins, b => Assert.True(b.Expected >= ChiSquareTest.MinExpected));
    }

    [Fact]
    public void GoodnessOfFit_KnownStatistic_MatchesHandComputation()
    {
        long[] observed = [10, 20, 30];
        double[] expected = [20, 20, 20];

        var test = ChiSquareTest.GoodnessOfFit(observed, expected);

        Assert.Equal(10.0, test.Statistic, 1e-12); // (100 + 0 + 100)/20
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-5), test.PValue!.Value, 1e-12);
    }

    [Fact]
    public void GoodnessOfFit_BottomRemainderBelowFive_JoinsTheBinAbove()
    {
        long[] observed = [1, 9, 9];
        double[] expected = [2, 8, 9];

        var test = ChiSquareTest.GoodnessOfFit(observed, expected);

        Assert.Equal([(0, 1), (2, 2)], test.Bins.Select(b => (b.LowHits, b.HighHits)));
        Assert.Equal(10, test.Bins[0].Observed);
    }

    [Fact]
    public void GoodnessOfFit_TooFewTickets_HasNoPValue()
    {
        var test = ChiSquareTest.GoodnessOfFit([3, 0, 0, 0, 0, 0], HitProbabilities.ExpectedHistogram(3, 5));

        Assert.Equal(0, test.DegreesOfFreedom);
        Assert.Null(test.PValue);
        Assert.Single(test.Bins);
    }

    [Fact]
    public void GoodnessOfFit_MismatchedLengths_Throw()
    {
        Assert.Throws<ArgumentException>(() => ChiSquareTest.GoodnessOfFit([1, 2], [1.0]));
    }
}
