using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class DifferenceTestTests
{
    [Fact]
    public void Paired_FourContests_GivesTheTTestByHand()
    {
        // d = 1, 2, 2, 3: mean 2, s² = 2/3, t = 2 / √(2/3 / 4) = 4.898979…, 3 degrees of freedom, two-sided p 0.016277
        // (regularised incomplete beta, 30 digits).
        var result = DifferenceTest.Paired([1, 2, 3, 4], [0, 0, 1, 1]);

        Assert.Equal(DifferenceMethod.PairedT, result.Method);
        Assert.Equal(2.0, result.MeanDifference);
        Assert.Equal(4.898979485566356, result.T!.Value, 1e-12);
        Assert.Equal(3, result.DegreesOfFreedom);
        Assert.Equal(0.016276603459428554, result.PValue, 1e-9);
        Assert.Equal(4, result.Count);
    }

    [Fact]
    public void Paired_IsTwoSided_TheSwappedPairGivesTheSamePValue()
    {
        var forward = DifferenceTest.Paired([1, 2, 3, 4], [0, 0, 1, 1]);
        var backward = DifferenceTest.Paired([0, 0, 1, 1], [1, 2, 3, 4]);

        Assert.Equal(-forward.T!.Value, backward.T!.Value, 1e-12);
        Assert.Equal(forward.PValue, backward.PValue, 1e-15);
    }

    [Fact]
    public void Paired_SharedContestEffects_AreSeenThatAnUnpairedTestMisses()
    {
        // Both move with the contest (a big shared swing) and a is ahead by 0.1 every time: pairing removes the swing.
        double[] contest = [0, 10, -5, 20, 3, -12, 7, 1];
        var a = contest.Select(c => c + 0.1 + (c % 2 == 0 ? 0.01 : -0.01)).ToArray();

        var paired = DifferenceTest.Paired(a, contest);
        var unpaired = DifferenceTest.Welch(a, contest);

        Assert.True(paired.PValue < 1e-6, $"paired p {paired.PValue}");
        Assert.True(unpaired.PValue > 0.9, $"unpaired p {unpaired.PValue}");
    }

    [Fact]
    public void Paired_IdenticalSeries_HasNoTAndPOne_ConstantLeadHasPZero()
    {
        var same = DifferenceTest.Paired([1, 2, 3], [1, 2, 3]);
        var lead = DifferenceTest.Paired([2, 3, 4], [1, 2, 3]);

        Assert.Null(same.T);
        Assert.Equal(1, same.PValue);
        Assert.Null(lead.T);
        Assert.Equal(0, lead.PValue);
        Assert.Equal(1, lead.MeanDifference);
    }

    [Fact]
    public void Welch_UnequalSamples_GivesTheTestByHand()
    {
        // Means 3 and 2.5, variances 2.5 and 1/3: t = 0.5/√(0.5 + 1/12) = 0.654654, Welch–Satterthwaite df = 5.25,
        // two-sided p 0.540286.
        var result = DifferenceTest.Welch([1, 2, 3, 4, 5], [2, 2, 3, 3]);

        Assert.Equal(DifferenceMethod.WelchT, result.Method);
        Assert.Equal(0.5, result.MeanDifference, 1e-15);
        Assert.Equal(0.6546536707079771, result.T!.Value, 1e-12);
        Assert.Equal(5.25, result.DegreesOfFreedom, 1e-12);
        Assert.Equal(0.5402861523299980, result.PValue, 1e-9);
        Assert.Equal(9, result.Count);
    }

    [Fact]
    public void Invalid_Input_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => DifferenceTest.Paired([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => DifferenceTest.Paired([1], [2]));
        Assert.Throws<ArgumentException>(() => DifferenceTest.Welch([1, 2], [3]));
        Assert.Throws<ArgumentException>(() => DifferenceTest.Welch([1, double.NaN], [3, 4]));
    }
}
