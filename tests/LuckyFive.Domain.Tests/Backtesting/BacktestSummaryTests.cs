using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Tests.Backtesting;

public sealed class BacktestSummaryTests
{
    private static readonly BacktestSpec Spec = new("random", 1, new Dictionary<string, double> { ["sim_preds"] = 1 }, 1, 6);

    [Fact]
    public void From_KnownOutcomes_ComputesMoneyStreaksDrawdownAndBreakEven()
    {
        // Net per contest: -10, -10, +5, -10, +40, -10 -> cumulative -10, -20, -15, -25, +15, +5.
        var outcomes = new[] { (10, 0, 1), (10, 0, 0), (10, 15, 3), (10, 0, 2), (10, 50, 3), (10, 0, 1) }
            .Select((o, i) => Outcome(i + 1, o.Item1, o.Item2, o.Item3))
            .ToArray();

        var summary = BacktestSummary.From(Spec, outcomes);

        Assert.Equal(60, summary.CostCents);
        Assert.Equal(65, summary.PrizeCents);
        Assert.Equal(5, summary.NetCents);
        Assert.Equal(5 / 60.0, summary.Roi!.Value, 12);
        Assert.Equal(5, summary.BreakEvenContest);
        Assert.Equal(25, summary.MaxDrawdownCents);
        Assert.Equal(2, summary.LongestLosingStreak);
        Assert.True(summary.PrizesKnown);
        Assert.Equal([1, 2, 1, 2, 0, 0], summary.HitHistogram);
        Assert.Equal(10 / 6.0, summary.AverageBestHits, 12);
    }

    [Fact]
    public void From_NothingWon_HasNoBreakEvenAndRoiMinusOne()
    {
        var summary = BacktestSummary.From(Spec, [Outcome(1, 250, 0, 0), Outcome(2, 250, 0, 1)]);

        Assert.Null(summary.BreakEvenContest);
        Assert.Equal(-1, summary.Roi);
        Assert.Equal(500, summary.MaxDrawdownCents);
    }

    [Fact]
    public void From_AContestWithUnknownPrizes_LeavesEveryPrizeFigureNullButKeepsCostAndHits()
    {
        var summary = BacktestSummary.From(Spec, [Outcome(1, 250, 40, 2), Outcome(2, 250, 0, 1, prizesKnown: false)]);

        Assert.False(summary.PrizesKnown);
        Assert.Equal(500, summary.CostCents);
        Assert.Null(summary.PrizeCents);
        Assert.Null(summary.NetCents);
        Assert.Null(summary.Roi);
        Assert.Null(summary.BreakEvenContest);
        Assert.Null(summary.MaxDrawdownCents);
        Assert.Null(summary.LongestLosingStreak);
        Assert.Equal([0, 1, 1, 0, 0, 0], summary.HitHistogram);
    }

    [Fact]
    public void From_ContestsWithUnknownJackpot_AreCountedWithTheQuinasWonThere()
    {
        var won = Outcome(2, 250, 0, 5, jackpotUnknown: true, quinas: 1);

        var summary = BacktestSummary.From(Spec, [Outcome(1, 250, 0, 0, jackpotUnknown: true), won, Outcome(3, 250, 0, 1)]);

        Assert.Equal(2, summary.JackpotUnknownContests);
        Assert.Equal(1, summary.UnpaidQuinaPrizes);
        Assert.Equal(1, summary.PrizeCounts[0]);
    }

    private static ContestOutcome Outcome(
        int contest, long cost, long prize, int hits, bool prizesKnown = true, bool jackpotUnknown = false, long quinas = 0) => new()
    {
        Contest = contest,
        Date = new DateOnly(2020, 1, contest),
        Drawn = NumberSet.Of(1, 2, 3, 4, 5),
        Tickets = [NumberSet.Of([.. Enumerable.Range(1, hits), .. Enumerable.Range(70, 5 - hits)])],
        Hits = [hits],
        PrizeCounts = [quinas, 0, 0, 0],
        CostCents = cost,
        PrizeCents = prize,
        PriceAssumed = false,
        PrizesKnown = prizesKnown,
        JackpotUnknown = jackpotUnknown,
    };
}
