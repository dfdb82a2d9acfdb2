using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Tests.TestData;

namespace LuckyFive.Domain.Tests.Backtesting;

public sealed class BacktestEngineTests
{
    private static readonly Dictionary<string, double> FiveTickets = new() { ["sim_preds"] = 5 };

    [Fact]
    public void RunContest_OfficialContest_ScoresSettlesAndPricesEveryTicket()
    {
        var engine = new BacktestEngine(OfficialHistory.Value);
        var spec = new BacktestSpec("random", 5, new Dictionary<string, double> { ["sim_preds"] = 30, ["numbers"] = 8 }, 6_500, 6_500);

        var outcome = engine.RunContest(spec, 6_500, spec.CreateStrategy());
        var draw = OfficialHistory.Value[6_500];

        Assert.Equal(outcome.Tickets.Select(t => t.CountCommon(draw.Numbers)), outcome.Hits);
        Assert.Equal(30 * 56 * 250, outcome.CostCents);
        var expectedPrize = outcome.Hits.Sum(h =>
            (Domain.Rules.Combinatorics.Choose(h, 3) * Domain.Rules.Combinatorics.Choose(8 - h, 2) * draw.Terno.PrizeCents)
            + (Domain.Rules.Combinatorics.Choose(h, 2) * Domain.Rules.Combinatorics.Choose(8 - h, 3) * draw.Duque.PrizeCents)
            + (Domain.Rules.Combinatorics.Choose(h, 4) * Domain.Rules.Combinatorics.Choose(8 - h, 1) * draw.Quadra.PrizeCents));
        Assert.True(outcome.Hits.All(h => h < 5));
        Assert.Equal(expectedPrize, outcome.PrizeCents);
    }

    [Fact]
    public void Validate_LargeTicketsOverLegacyContests_NamesTheFieldAndTheRule()
    {
        var engine = new BacktestEngine(OfficialHistory.Value);

        var errors = engine.Validate(new BacktestSpec("random", 1, new Dictionary<string, double> { ["numbers"] = 10 }, 4_000, 4_100));

        var error = Assert.Single(errors);
        Assert.Equal("numbers", error.Field);
        Assert.Contains("2016-05-16", error.Reason, StringComparison.Ordinal);
        Assert.Contains("contest 4000", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 10, "from")]
    [InlineData(100, 50, "to")]
    [InlineData(6_800, 7_000, "to")]
    [InlineData(8_000, 8_100, "from")]
    public void Validate_BadRange_NamesTheField(int from, int to, string field)
    {
        var engine = new BacktestEngine(OfficialHistory.Value);

        var errors = engine.Validate(new BacktestSpec("random", 1, FiveTickets, from, to));

        Assert.Contains(errors, e => e.Field == field);
        Assert.Throws<BacktestValidationException>(() => engine.Run(new BacktestSpec("random", 1, FiveTickets, from, to)));
    }

    [Fact]
    public void Run_RangeWithAGap_SkipsTheMissingContest()
    {
        var history = new DrawHistory(SyntheticHistory.Generate(30, 1).Draws.Where(d => d.Contest != 20));
        var engine = new BacktestEngine(history);

        var result = engine.Run(new BacktestSpec("random", 1, FiveTickets, 15, 25));

        Assert.Equal([15, 16, 17, 18, 19, 21, 22, 23, 24, 25], result.Contests.Select(c => c.Contest));
    }

    [Fact]
    public void Run_ContestsBeforeTheReal_ConvertPrizesAndFlagAssumedPrices()
    {
        var engine = new BacktestEngine(OfficialHistory.Value);

        var result = engine.Run(new BacktestSpec("random", 3, new Dictionary<string, double> { ["sim_preds"] = 100 }, 2, 40));

        Assert.All(result.Contests, c => Assert.True(c.PriceAssumed));
        Assert.All(result.Contests.Where(c => c.Contest <= 28), c => Assert.True(c.ConvertedFromCruzeiroReal));
        Assert.All(result.Contests.Where(c => c.Contest >= 29), c => Assert.False(c.ConvertedFromCruzeiroReal));
        Assert.Equal(result.Contests.Count, result.Summary.PriceAssumedContests);
    }

    [Fact]
    public void Run_ProgressAndCancellation_ReportAndStop()
    {
        var engine = new BacktestEngine(OfficialHistory.Value);
        var spec = new BacktestSpec("random", 3, FiveTickets, 1_000, 1_999);
        var reported = new List<int>();

        engine.Run(spec, batchSize: 100, maxParallelism: 1, progress: new SynchronousProgress(reported.Add));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal(1_000, reported.Max());
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Run(spec, cancellationToken: cancelled.Token));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
