using LuckyFive.Domain.Statistics;
using MathNet.Numerics.Distributions;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class BacktestOverfittingTests
{
    [Fact]
    public void Estimate_ThreeChildrenFourBlocks_MatchesTheSplitsWorkedByHand()
    {
        // Block sums (two contests a block): child 0 (3, 1, 2, 0), child 1 (0, 2, 1, 3), child 2 (1, 1, 1, 1).
        // In-sample blocks → winner, its out-of-sample rank among 3 → λ = ln(ω/(1−ω)), ω = rank/4:
        // {0,1} → 0, rank 1.5 (tied with 2) → ln 0.6;  {0,2} → 0, rank 1 → −ln 3;  {0,3} → 0 (tied with 1), rank 2.5 → ln(5/3);
        // {1,2} → 0 (tied with 1), rank 2.5 → ln(5/3);  {1,3} → 1, rank 1 → −ln 3;  {2,3} → 1, rank 1.5 → ln 0.6.
        double[][] performance =
        [
            [2, 1, 0, 1, 1, 1, 0, 0],
            [0, 0, 1, 1, 0.5, 0.5, 3, 0],
            [0.25, 0.75, 1, 0, 0, 1, 0.5, 0.5],
        ];

        var report = BacktestOverfitting.Estimate(performance, blocks: 4);

        Assert.Equal(6, report.Splits);
        Assert.Equal(4 / 6.0, report.Probability, 1e-15);
        Assert.Equal(-Math.Log(3) / 3, report.MeanLogit, 1e-12);
        Assert.Equal([0, 0, 2, 2, 2, 0, 0, 0], report.LogitHistogram.Select(b => b.Splits));
        Assert.Equal((3, 4, 8), (report.Children, report.Blocks, report.Contests));
        // The winner's in-sample totals 4, 5, 3, 3, 5, 4 and out-of-sample totals 2, 1, 3, 3, 1, 2, over 4 contests each.
        Assert.Equal(1.0, report.MeanInSamplePerformance, 1e-15);
        Assert.Equal(0.5, report.MeanOutOfSamplePerformance, 1e-15);
        Assert.Equal(0.5, report.PerformanceDegradation, 1e-15);
        Assert.Equal(0.0, report.OutOfSampleLossProbability);
    }

    [Fact]
    public void Estimate_OneChildBetterInEveryBlock_GivesPboNearZero()
    {
        var performance = NoiseMatrix(seed: 41, children: 30, contests: 1_600);
        for (var t = 0; t < performance[7].Length; t++)
        {
            performance[7][t] += 0.5;
        }

        var report = BacktestOverfitting.Estimate(performance);

        Assert.True(report.Probability < 0.01, $"PBO = {report.Probability}");
        Assert.True(report.MeanLogit > 3, $"mean logit = {report.MeanLogit}");
        Assert.InRange(report.MeanOutOfSamplePerformance, 0.4, 0.6);
        Assert.Equal(0.0, report.OutOfSampleLossProbability);
    }

    [Fact]
    public void Estimate_InSampleWinnerAlwaysLastOutOfSample_GivesPboOne()
    {
        // Every child's contests add up to 0, so a child's out-of-sample total is minus its in-sample total: the
        // in-sample winner is the out-of-sample loser in every split, rank 1 of N, λ = ln(1/N).
        var random = new System.Random(42);
        var performance = Enumerable.Range(0, 12).Select(_ =>
        {
            var row = Enumerable.Range(0, 160).Select(_ => (double)random.Next(-1_000, 1_000)).ToArray();
            row[^1] -= row.Sum();
            return row;
        }).ToArray();

        var report = BacktestOverfitting.Estimate(performance, blocks: 8);

        Assert.Equal(70, report.Splits);
        Assert.Equal(1.0, report.Probability);
        Assert.Equal(-Math.Log(12), report.MeanLogit, 1e-12);
        Assert.Equal(70, report.LogitHistogram.Single(b => b.Lower == -3).Splits);
        Assert.True(report.PerformanceDegradation > 0);
    }

    [Fact]
    public void Estimate_PureNoise_AveragesNearOneHalf()
    {
        // One noise matrix's PBO varies a lot (its splits share the same contests), so average independent ones.
        var estimates = Enumerable.Range(0, 12)
            .Select(seed => BacktestOverfitting.Estimate(NoiseMatrix(seed: 100 + seed, children: 20, contests: 320)))
            .ToArray();

        Assert.InRange(estimates.Average(r => r.Probability), 0.35, 0.65);
        Assert.InRange(estimates.Average(r => r.MeanLogit), -0.75, 0.75);
        // The best of 20 means of 160 standard normals sits about 1.87/√160 = 0.148 above 0; out of sample it is back at 0.
        Assert.InRange(estimates.Average(r => r.PerformanceDegradation), 0.08, 0.25);
    }

    [Fact]
    public void Estimate_IdenticalChildren_CountsEverySplitAsOverfit()
    {
        // Nothing tells the children apart: the winner is the first, and it sits exactly at the median (λ = 0).
        var row = Enumerable.Range(0, 32).Select(t => (double)(t % 5)).ToArray();

        var report = BacktestOverfitting.Estimate([row, row, row], blocks: 4);

        Assert.Equal(1.0, report.Probability);
        Assert.Equal(0.0, report.MeanLogit);
        Assert.Equal(6, report.LogitHistogram.Single(b => b.Upper == 0).Splits);
    }

    [Fact]
    public void Estimate_LogitHistogram_CoversEverySplitAndItsNegativeBinsAreThePbo()
    {
        var report = BacktestOverfitting.Estimate(NoiseMatrix(seed: 43, children: 9, contests: 200), blocks: 10);

        Assert.Equal(252, report.Splits);
        Assert.Equal(report.Splits, report.LogitHistogram.Sum(b => b.Splits));
        Assert.Equal(report.Probability * report.Splits, report.LogitHistogram.Where(b => b.Upper <= 0).Sum(b => b.Splits), 1e-9);
        Assert.Equal([null, -3, -2, -1, 0, 1, 2, 3], report.LogitHistogram.Select(b => b.Lower));
        Assert.Equal([-3, -2, -1, 0, 1, 2, 3, null], report.LogitHistogram.Select(b => b.Upper));
    }

    [Fact]
    public void Estimate_ChildrenReordered_GivesTheSameReport()
    {
        var performance = NoiseMatrix(seed: 44, children: 15, contests: 500);

        var report = BacktestOverfitting.Estimate(performance);

        Assert.Equal(12_870, report.Splits);
        Assert.Equal(report, BacktestOverfitting.Estimate(performance.Reverse().ToArray()));
        Assert.Equal(report, BacktestOverfitting.Estimate(performance));
    }

    [Theory]
    [InlineData(10, 4, new[] { 0, 2, 5, 7, 10 })]
    [InlineData(16, 16, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 })]
    [InlineData(2_882, 2, new[] { 0, 1_441, 2_882 })]
    public void Start_ContiguousBlocks_DifferInSizeByAtMostOne(int contests, int blocks, int[] expected)
    {
        Assert.Equal(expected, Enumerable.Range(0, blocks + 1).Select(b => ContestBlocks.Start(b, blocks, contests)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(22)]
    [InlineData(12)]
    public void Estimate_UnusableBlockCount_IsRejected(int blocks)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => BacktestOverfitting.Estimate(NoiseMatrix(1, 3, 10), blocks));

        Assert.Equal("blocks", error.ParamName);
    }

    [Fact]
    public void Estimate_MalformedMatrix_IsRejectedWithTheReason()
    {
        double[][] ragged = [new double[40], new double[39]];
        double[][] notFinite = [new double[40], [.. Enumerable.Repeat(0.0, 39), double.NaN]];

        Assert.Contains("at least two children", Assert.Throws<ArgumentException>(() => BacktestOverfitting.Estimate([new double[40]])).Message,
            StringComparison.Ordinal);
        Assert.Contains("child 1 has 39", Assert.Throws<ArgumentException>(() => BacktestOverfitting.Estimate(ragged)).Message, StringComparison.Ordinal);
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => BacktestOverfitting.Estimate(notFinite)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => BacktestOverfitting.Estimate(null!));
    }

    private static double[][] NoiseMatrix(int seed, int children, int contests)
    {
        var random = new System.Random(seed);
        return Enumerable.Range(0, children)
            .Select(_ => Enumerable.Range(0, contests).Select(_ => Normal.Sample(random, 0, 1)).ToArray())
            .ToArray();
    }
}
