using LuckyFive.Domain.Statistics;
using Xunit.Abstractions;

namespace LuckyFive.Domain.Tests.Statistics;

/// <summary>
/// On uniform draws no recipe can beat chance, so every "winner" is a false positive. These tests run pure-chance
/// sweeps through the real engine and check that the verdicts say so at the rates the methods promise.
/// </summary>
public sealed class UniformDrawHonestyTests(UniformSweeps sweeps, ITestOutputHelper output) : IClassFixture<UniformSweeps>
{
    [Fact]
    public void RawVerdicts_PureChanceChildren_AboutFivePercentBeatChance()
    {
        var pValues = sweeps.PValues().SelectMany(p => p).ToArray();
        var z = sweeps.Chances.SelectMany(sweep => sweep.Select(child => ChanceTotals.Over(child).Z)).ToArray();

        var share = pValues.Count(p => p < 0.05) / (double)pValues.Length;
        var meanZ = z.Average();
        var sdZ = Math.Sqrt(z.Sum(v => (v - meanZ) * (v - meanZ)) / (z.Length - 1));
        output.WriteLine($"{pValues.Length} children: {share:P1} beat chance; z mean {meanZ:F3}, sd {sdZ:F3}");

        Assert.Equal(UniformSweeps.Sweeps * UniformSweeps.Recipes.Count, pValues.Length);
        // Children of one sweep share its draws, so their verdicts are correlated: over 40 such sweeps the share was 5.2%.
        Assert.InRange(share, 0.02, 0.10);
        Assert.InRange(meanZ, -0.35, 0.35);
        Assert.InRange(sdZ, 0.8, 1.2);
    }

    [Fact]
    public void Holm_RealEngineSweeps_RarelyCallsAnyChildAWinner()
    {
        var pValues = sweeps.PValues();

        var rawFamilies = pValues.Count(sweep => sweep.Any(p => p < 0.05));
        var holmFamilies = pValues.Count(sweep => MultipleTesting.Holm(sweep).Any(p => p < 0.05));
        output.WriteLine($"sweeps with a winner: raw {rawFamilies} of {pValues.Length}, Holm {holmFamilies}");

        // 40 tests a sweep: uncorrected, most sweeps find a "winner"; Holm keeps it to about 5% of sweeps (0.8 of 16).
        Assert.True(rawFamilies >= UniformSweeps.Sweeps / 2, $"raw: {rawFamilies}");
        Assert.True(holmFamilies <= 2, $"Holm: {holmFamilies}");
    }

    [Fact]
    public void Holdout_BestInSampleChild_BeatsChanceInSampleButNotOnTheTail()
    {
        const int inSample = UniformSweeps.Contests * 3 / 4;
        var inSampleWins = 0;
        var holdoutWins = 0;
        foreach (var sweep in sweeps.Chances)
        {
            var best = sweep.MaxBy(child => ChanceTotals.Over(child.Take(inSample)).Z)!;
            inSampleWins += ChanceTotals.Over(best.Take(inSample)).BeatsChanceAt5Percent ? 1 : 0;
            holdoutWins += ChanceTotals.Over(best.Skip(inSample)).BeatsChanceAt5Percent ? 1 : 0;
        }

        output.WriteLine($"best child beats chance: in sample {inSampleWins} of {UniformSweeps.Sweeps}, on the tail {holdoutWins}");
        Assert.True(inSampleWins >= UniformSweeps.Sweeps / 2, $"in sample: {inSampleWins}");
        // The tail did not choose the child, so its verdict is an honest 5% test: 0.8 of 16 expected, 4 or more has odds under 1%.
        Assert.True(holdoutWins <= 3, $"holdout: {holdoutWins}");
    }

    [Fact]
    public void Pbo_RealEngineSweeps_IsNearOneHalf()
    {
        var reports = sweeps.Chances
            .Select(sweep => BacktestOverfitting.Estimate([.. sweep.Select(child => child.Select(c => c.ExcessHitsPerTicket).ToArray())]))
            .ToArray();

        var mean = reports.Average(r => r.Probability);
        output.WriteLine($"PBO per sweep: {string.Join(", ", reports.Select(r => r.Probability.ToString("F3", null)))}; mean {mean:F3}");

        // A single sweep's PBO spreads widely (its splits share contests); the mean of independent sweeps does not.
        Assert.All(reports, r => Assert.Equal((12_870, UniformSweeps.Recipes.Count), (r.Splits, r.Children)));
        Assert.InRange(mean, 0.3, 0.7);
        Assert.InRange(reports.Average(r => r.MeanOutOfSamplePerformance), -0.02, 0.02);
        Assert.True(reports.Average(r => r.PerformanceDegradation) > 0, "the in-sample winner's edge must shrink out of sample");
    }
}
