using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Cli.Tests;

/// <summary>The stderr warnings of a backtest, for outcomes a real run rarely produces (a simulated quina).</summary>
public sealed class WarningTests
{
    private static readonly BacktestSpec Spec = new("random", 1, new Dictionary<string, double> { ["sim_preds"] = 1 }, 2306, 2307);

    [Fact]
    public void Warnings_QuinaOnAContestWithUnknownJackpot_SaysItIsCountedButNotPaid()
    {
        var result = new BacktestResult(Spec, [Outcome(2306, quinas: 1, jackpotUnknown: true), Outcome(2307, quinas: 0, jackpotUnknown: false)]);

        var warnings = BacktestReport.Warnings(result, NumberStyle.PortugueseBrazil).ToList();

        Assert.Equal(
            ["warning: contest 2306: 1 simulated quina prize(s) on a contest whose jackpot the source does not give; counted, but paid R$ 0,00 (docs/money.md)"],
            warnings);
    }

    [Fact]
    public void Warnings_ContestWithUnknownJackpotButNoQuina_SaysNothing()
    {
        var result = new BacktestResult(Spec, [Outcome(2306, quinas: 0, jackpotUnknown: true)]);

        Assert.Empty(BacktestReport.Warnings(result, NumberStyle.PortugueseBrazil));
    }

    [Fact]
    public void Report_ContestWithUnknownJackpot_IsCountedInTheSummaryTable()
    {
        var result = new BacktestResult(Spec, [Outcome(2306, quinas: 1, jackpotUnknown: true)]);
        using var text = new StringWriter();

        BacktestReport.Write(ReportWriter.Plain(text), result, NumberStyle.PortugueseBrazil);

        var lines = text.ToString().Split(Environment.NewLine);
        Assert.Matches("^Contests with unknown jackpot +1$", lines.Single(l => l.StartsWith("Contests with unknown jackpot", StringComparison.Ordinal)));
        Assert.Matches(@"^ +0 +0 +quina \(5\) +1$", lines.Single(l => l.Contains("quina (5)", StringComparison.Ordinal)));
    }

    private static ContestOutcome Outcome(int contest, long quinas, bool jackpotUnknown) => new()
    {
        Contest = contest,
        Date = new DateOnly(2008, 10, 1),
        Drawn = NumberSet.Of(1, 2, 3, 4, 5),
        Tickets = [NumberSet.Of(1, 2, 3, 4, 5)],
        Hits = [5],
        PrizeCounts = [quinas, 0, 0, 0],
        CostCents = 100,
        PrizeCents = 0,
        PriceAssumed = false,
        JackpotUnknown = jackpotUnknown,
    };
}
