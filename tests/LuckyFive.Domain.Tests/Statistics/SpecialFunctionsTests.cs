using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(5.0, 3.1780538303479458)] // ln 24
    [InlineData(0.5, 0.5723649429247001)] // ln √π
    [InlineData(10.5, 13.940625219403763)]
    [InlineData(100.0, 359.1342053695754)]
    public void LogGamma_KnownValues_Match(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-12);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(2.0, 0.004677734981047266)]
    [InlineData(-1.0, 1.8427007929497148)]
    [InlineData(4.0, 1.541725790028002e-8)]
    public void Erfc_KnownValues_Match(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.Erfc(x), Math.Max(1e-15, expected * 1e-11));
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.6448536269514722, 0.05)]
    [InlineData(1.959963984540054, 0.025)]
    [InlineData(-1.959963984540054, 0.975)]
    [InlineData(3.090232306167813, 0.001)]
    public void NormalSurvival_KnownQuantiles_Match(double z, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.NormalSurvival(z), 1e-12);
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
        Assert.Equal(expected, SpecialFunctions.ChiSquareSurvival(x, df), 1e-10);
    }

    [Fact]
    public void ChiSquareSurvival_TwoDegreesOfFreedom_IsExponential()
    {
        for (var x = 0.0; x < 60; x += 0.37)
        {
            var exact = Math.Exp(-x / 2);
            Assert.Equal(exact, SpecialFunctions.ChiSquareSurvival(x, 2), exact * 1e-12);
        }
    }

    [Fact]
    public void RegularizedGamma_PAndQ_SumToOneAcrossBothMethods()
    {
        foreach (var a in new[] { 0.5, 1, 2.5, 7, 30 })
        {
            for (var x = 0.01; x < 80; x *= 1.7)
            {
                Assert.Equal(1.0, SpecialFunctions.RegularizedGammaP(a, x) + SpecialFunctions.RegularizedGammaQ(a, x), 1e-13);
            }
        }
    }

    [Fact]
    public void NormalSurvival_FarTail_IsTinyButNotNegative()
    {
        Assert.InRange(SpecialFunctions.NormalSurvival(8), 6.2e-16, 6.3e-16);
        Assert.Equal(0.0, SpecialFunctions.NormalSurvival(60));
        Assert.Equal(1.0, SpecialFunctions.NormalSurvival(-60));
    }
}
