using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class ChanceAccumulatorTests
{
    [Fact]
    public void Report_RandomTicketsAgainstRandomDraws_DoesNotBeatChance()
    {
        var random = new System.Random(12345);
        var accumulator = new ChanceAccumulator();
        for (var contest = 0; contest < 3000; contest++)
        {
            var tickets = Enumerable.Range(0, 20).Select(_ => TestDraws.RandomSet(random, 6)).ToArray();
            accumulator.Add(tickets, TestDraws.RandomSet(random, Quina.NumbersDrawn));
        }

        var report = accumulator.Report();

        Assert.False(report.BeatsChanceAt5Percent);
        Assert.True(report.OneSidedPValue > 0.05, $"p = {report.OneSidedPValue}");
        Assert.True(report.ChiSquarePValue > 0.001, $"chi-square p = {report.ChiSquarePValue}");
        Assert.Equal(6 / 16.0, report.NullMeanHitsPerTicket, 1e-14);
        Assert.InRange(report.NullMeanHitsPerTicket, report.MeanHitsLower95!.Value, report.MeanHitsUpper95!.Value);
    }

    [Fact]
    public void Report_HeavilyOverlappingRandomTickets_RejectsAboutFivePercentOfNullRuns()
    {
        // Tickets share a contest-wide core of 3 numbers, so their hits are strongly correlated. A test that treated
        // them as independent would reject far more than 5% of runs; the overlap-aware variance must not.
        var random = new System.Random(777);
        var rejections = 0;
        const int runs = 400;
        for (var run = 0; run < runs; run++)
        {
            var accumulator = new ChanceAccumulator();
            for (var contest = 0; contest < 150; contest++)
            {
                var core = TestDraws.RandomSet(random, 3);
                var tickets = new NumberSet[8];
                for (var i = 0; i < tickets.Length; i++)
                {
                    var ticket = core;
                    while (ticket.Count < 5)
                    {
                        ticket = ticket.With(random.Next(1, Quina.MaxNumber + 1));
                    }

                    tickets[i] = ticket;
                }

                accumulator.Add(tickets, TestDraws.RandomSet(random, Quina.NumbersDrawn));
            }

            rejections += accumulator.Report().BeatsChanceAt5Percent ? 1 : 0;
        }

        Assert.InRange(rejections / (double)runs, 0.015, 0.095);
    }

    [Fact]
    public void Report_TicketsContainingTheDraw_BeatChanceWithPNearZero()
    {
        var random = new System.Random(99);
        var accumulator = new ChanceAccumulator();
        for (var contest = 0; contest < 200; contest++)
        {
            var draw = TestDraws.RandomSet(random, Quina.NumbersDrawn);
            var tickets = Enumerable.Range(0, 10).Select(_ => draw.Union(TestDraws.RandomSet(random, 3))).ToArray();
            accumulator.Add(tickets, draw);
        }

        var report = accumulator.Report();

        Assert.True(report.BeatsChanceAt5Percent);
        Assert.True(report.OneSidedPValue < 1e-12, $"p = {report.OneSidedPValue}");
        Assert.True(report.ChiSquarePValue < 1e-12);
        Assert.Equal(2000, report.ObservedHistogram[5]);
        Assert.Equal(5.0, report.MeanHitsPerTicket);
    }

    [Fact]
    public void Report_BatchesMergedInAnyOrder_EqualOneSequentialRun()
    {
        var contests = RandomContests(seed: 4, count: 500);
        var whole = new ChanceAccumulator();
        foreach (var (tickets, draw) in contests)
        {
            whole.Add(tickets, draw);
        }

        foreach (var batchSize in new[] { 1, 7, 64, 499 })
        {
            var batches = contests.Chunk(batchSize).Select(chunk =>
            {
                var batch = new ChanceAccumulator();
                foreach (var (tickets, draw) in chunk)
                {
                    batch.Add(tickets, draw);
                }

                return batch;
            }).Reverse().ToList();
            var merged = new ChanceAccumulator();
            batches.ForEach(merged.Merge);

            Assert.Equal(whole.Report(), merged.Report());
        }
    }

    [Fact]
    public void Add_PrecomputedMomentsAndHits_GivesTheSameReportAsTicketsAndDraw()
    {
        var viaDraw = new ChanceAccumulator();
        var viaMoments = new ChanceAccumulator();
        foreach (var (tickets, draw) in RandomContests(seed: 5, count: 100))
        {
            viaDraw.Add(tickets, draw);
            viaMoments.Add(ContestMoments.Of(tickets), tickets.Select(t => t.CountCommon(draw)).ToArray(), 7);
        }

        Assert.Equal(viaDraw.Report(), viaMoments.Report());
    }

    [Fact]
    public void Report_ConfidenceInterval_IsNormalIntervalOfPerContestTotalsOverTickets()
    {
        var contests = RandomContests(seed: 6, count: 300);
        var accumulator = new ChanceAccumulator();
        var totals = new List<double>();
        foreach (var (tickets, draw) in contests)
        {
            accumulator.Add(tickets, draw);
            totals.Add(tickets.Sum(t => t.CountCommon(draw)));
        }

        var mean = totals.Average();
        var sd = Math.Sqrt(totals.Sum(t => (t - mean) * (t - mean)) / (totals.Count - 1));
        var halfWidth = 1.959963984540054 * sd / Math.Sqrt(totals.Count) / 12;
        var report = accumulator.Report();

        Assert.Equal(mean / 12, report.MeanHitsPerTicket, 1e-12);
        Assert.Equal(mean / 12 - halfWidth, report.MeanHitsLower95!.Value, 1e-12);
        Assert.Equal(mean / 12 + halfWidth, report.MeanHitsUpper95!.Value, 1e-12);
    }

    [Fact]
    public void Report_ExpectedHistogram_IsHypergeometricTimesTickets()
    {
        var accumulator = new ChanceAccumulator();
        foreach (var (tickets, draw) in RandomContests(seed: 7, count: 50))
        {
            accumulator.Add(tickets, draw);
        }

        var report = accumulator.Report();

        Assert.Equal(600, report.Tickets);
        Assert.Equal(HitProbabilities.ExpectedHistogram(600, 7), report.ExpectedHistogram);
        Assert.Equal(600, report.ObservedHistogram.Sum());
        Assert.Equal(report.ObservedHits, report.ObservedHistogram.Select((n, h) => n * h).Sum());
    }

    [Fact]
    public void Report_ZeroNullVariance_GivesZAndPOfNoEvidence()
    {
        var tickets = Enumerable.Range(0, 16).Select(i => NumberSet.Of([.. Enumerable.Range(5 * i + 1, 5)])).ToArray();
        var accumulator = new ChanceAccumulator();
        accumulator.Add(tickets, NumberSet.Of(1, 2, 3, 4, 5));

        var report = accumulator.Report();

        Assert.Equal(0.0, report.Z);
        Assert.Equal(1.0, report.OneSidedPValue);
        Assert.Null(report.MeanHitsLower95);
    }

    [Fact]
    public void Add_HitsOutOfRange_ThrowsAndLeavesStateUnchanged()
    {
        var accumulator = new ChanceAccumulator();
        var tickets = new[] { NumberSet.Of(1, 2, 3, 4, 5), NumberSet.Of(6, 7, 8, 9, 10) };

        Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(tickets, [1, 6]));
        Assert.Throws<ArgumentException>(() => accumulator.Add(tickets, [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add([NumberSet.Of(1, 2, 3)], [0]));

        Assert.Equal(0, accumulator.Contests);
        Assert.Equal(0, accumulator.Report().Tickets);
    }

    [Fact]
    public void Report_SameInputsTwice_GiveIdenticalDoubles()
    {
        ChanceReport Run()
        {
            var accumulator = new ChanceAccumulator();
            foreach (var (tickets, draw) in RandomContests(seed: 8, count: 200))
            {
                accumulator.Add(tickets, draw);
            }

            return accumulator.Report();
        }

        var (a, b) = (Run(), Run());

        Assert.Equal(a, b);
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.Z), BitConverter.DoubleToInt64Bits(b.Z));
    }

    private static List<(NumberSet[] Tickets, NumberSet Draw)> RandomContests(int seed, int count) =>
        TestDraws.RandomContests(seed, count, tickets: 12, numbers: 7);
}
