using LuckyFive.Domain.Statistics;
using MathNet.Numerics;
using Previous = LuckyFive.Domain.Tests.Statistics.HandWrittenSpecialFunctions;

namespace LuckyFive.Domain.Tests.Statistics;

/// <summary>
/// The chance tests' special functions now come from MathNet.Numerics. They are checked against tabulated values
/// and against the hand-written implementation they replaced, over the whole range the tests use.
/// </summary>
public sealed class TailProbabilitiesTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.6448536269514722, 0.05)]
    [InlineData(1.959963984540054, 0.025)]
    [InlineData(-1.959963984540054, 0.975)]
    [InlineData(3.090232306167813, 0.001)]
    public void NormalSurvival_KnownQuantiles_Match(double z, double expected)
    {
        Assert.Equal(expected, TailProbabilities.NormalSurvival(z), 1e-12);
    }

    [Theory]
    [InlineData(3.841458820694124, 1, 0.05)]
    [InlineData(11.070497693516351, 5, 0.05)]
    [InlineData(9.487729036781154, 4, 0.05)]
    [InlineData(6.6348966010212145, 1, 0.01)]
    [InlineData(15.08627246938899, 5, 0.01)]
    [InlineData(1.0, 3, 0.8012519569012008)]
    public void ChiSquareSurvival_KnownCriticalValues_Match(double x, int df, double expected)
    {
        Assert.Equal(expected, TailProbabilities.ChiSquareSurvival(x, df), 1e-10);
    }

    [Fact]
    public void ChiSquareSurvival_TwoDegreesOfFreedom_IsExponential()
    {
        for (var x = 0.0; x < 60; x += 0.37)
        {
            var exact = Math.Exp(-x / 2);
            Assert.Equal(exact, TailProbabilities.ChiSquareSurvival(x, 2), exact * 1e-12);
        }
    }

    [Fact]
    public void ChiSquareSurvival_ZeroOrNegativeStatistic_IsOneAndZeroDegreesAreRefused()
    {
        Assert.Equal(1.0, TailProbabilities.ChiSquareSurvival(0, 3));
        Assert.Equal(1.0, TailProbabilities.ChiSquareSurvival(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => TailProbabilities.ChiSquareSurvival(1, 0));
    }

    [Fact]
    public void NormalSurvival_FarTail_IsTinyButNotNegative()
    {
        Assert.InRange(TailProbabilities.NormalSurvival(8), 6.2e-16, 6.3e-16);
        Assert.Equal(0.0, TailProbabilities.NormalSurvival(60));
        Assert.Equal(1.0, TailProbabilities.NormalSurvival(-60));
    }

    [Fact]
    public void Z95_IsTheQuantileTheIntervalDocumentationGives()
    {
        Assert.Equal(1.959963984540054, TailProbabilities.Z95, 1e-15);
        Assert.Equal(0.025, TailProbabilities.NormalSurvival(TailProbabilities.Z95), 1e-15);
    }

    [Fact]
    public void LibraryFunctions_MatchTheHandWrittenOnes_OverTheRangeTheTestsUse()
    {
        for (var x = 0.05; x < 400; x *= 1.13)
        {
            Assert.Equal(Previous.LogGamma(x), SpecialFunctions.GammaLn(x), Math.Max(1e-12, Math.Abs(Previous.LogGamma(x)) * 1e-13));
        }

        foreach (var a in new[] { 0.5, 1, 1.5, 2, 2.5, 3.5, 7, 30 })
        {
            for (var x = 0.01; x < 200; x *= 1.3)
            {
                AssertClose(Previous.RegularizedGammaP(a, x), SpecialFunctions.GammaLowerRegularized(a, x));
                AssertClose(Previous.RegularizedGammaQ(a, x), SpecialFunctions.GammaUpperRegularized(a, x));
            }
        }

        for (var x = -6.0; x <= 26; x += 0.173)
        {
            AssertClose(Previous.Erfc(x), SpecialFunctions.Erfc(x));
        }
    }

    [Fact]
    public void TailProbabilities_MatchTheHandWrittenOnes_ForEveryTestStatistic()
    {
        for (var z = -40.0; z <= 37; z += 0.0917)
        {
            AssertClose(Previous.NormalSurvival(z), TailProbabilities.NormalSurvival(z));
        }

        for (var df = 1; df <= 5; df++)
        {
            for (var x = 0.001; x < 700; x *= 1.11)
            {
                AssertClose(Previous.ChiSquareSurvival(x, df), TailProbabilities.ChiSquareSurvival(x, df));
            }
        }
    }

    /// <summary>Relative 1e-11 where the value is normal-sized; absolute 1e-300 deep in the tails where both underflow.</summary>
    private static void AssertClose(double expected, double actual)
    {
        var tolerance = Math.Max(1e-300, Math.Abs(expected) * 1e-11);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R} (tolerance {tolerance:R})");
    }
}
