using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Comparisons;
using LuckyFive.Grains.Simulations;

namespace LuckyFive.Grains.Tests.Comparisons;

/// <summary>Comparisons computed from hand-made simulations: winners, ties, missing values, which test runs, and Holm over them all.</summary>
public sealed class ComparisonBuilderTests
{
    private static readonly SimulationMetric s_hits = Metric("mean_hits_per_ticket");
    private static readonly SimulationMetric s_roi = Metric("roi");
    private static readonly SimulationMetric s_drawdown = Metric("max_drawdown_cents");

    [Fact]
    public void Build_WinnerFarAhead_IsSignificantAgainstEveryOther_OthersTiedShareARank()
    {
        // a hits 2 with each ticket every contest; b and c alternate 0 and 1: a leads by 1.5 a contest, give or take 0.5.
        var a = Simulation("a", hitsPerTicket: 2);
        var b = Simulation("b", hitsPerTicket: 0.5);
        var c = Simulation("c", hitsPerTicket: 0.5);
        var figures = Figures(("a", i => [2, 2]), ("b", i => i % 2 == 0 ? [0, 0] : [1, 1]), ("c", i => i % 2 == 0 ? [1, 1] : [0, 0]));

        var comparison = ComparisonBuilder.Build("x", "three", null, [a, b, c], [s_hits], figures, DateTimeOffset.UnixEpoch);

        var hits = Assert.Single(comparison.Metrics);
        Assert.Equal("a", hits.Winner);
        Assert.Equal(1, hits.TiedAtBest);
        Assert.Equal([1, 2, 2], hits.Rankings.Select(r => r.Rank!.Value));
        Assert.Equal([100.0, 25.0, 25.0], hits.Rankings.Select(r => r.Percentile!.Value));
        Assert.Equal(["b", "c"], hits.Tests.Select(t => t.SimulationId));
        Assert.All(hits.Tests, t =>
        {
            Assert.Equal("paired_t", t.Method);
            Assert.Equal(40, t.Contests);
            Assert.Equal(1.5, t.MeanDifference, 1e-12);
            Assert.True(t.AdjustedPValue < 1e-20, $"adjusted p {t.AdjustedPValue}");
            Assert.True(t.Significant);
        });
        Assert.True(hits.WinnerSignificant);
        Assert.Equal(2, comparison.TestsMade);
    }

    [Fact]
    public void Build_TieAtBest_NamesTheFirstInRequestOrder_AndIsNotSignificant()
    {
        var figures = Figures(("p", i => [i % 3, 1]), ("q", i => [i % 3, 1]));

        var comparison = ComparisonBuilder.Build(
            "x", "tie", null, [Simulation("p", 0.75), Simulation("q", 0.75)], [s_hits], figures, DateTimeOffset.UnixEpoch);

        var hits = comparison.Metrics[0];
        Assert.Equal("p", hits.Winner);
        Assert.Equal(2, hits.TiedAtBest);
        Assert.Equal([1, 1], hits.Rankings.Select(r => r.Rank!.Value));
        Assert.Equal(1, hits.Tests[0].PValue);
        Assert.Null(hits.Tests[0].T);
        Assert.False(hits.WinnerSignificant);
    }

    [Fact]
    public void Build_AdjustsEveryTestOfEveryMetricTogether_AndLeavesDrawdownUntested()
    {
        var sims = new[] { Simulation("a", 0.4, roi: -0.5), Simulation("b", 0.3, roi: -0.6), Simulation("c", 0.35, roi: -0.7) };
        var figures = Figures(
            ("a", i => [i % 2, (i / 2) % 2]),
            ("b", i => [(i / 3) % 2, 0]),
            ("c", i => [i % 3 == 0 ? 1 : 0, i % 5 == 0 ? 1 : 0]));

        var comparison = ComparisonBuilder.Build("x", "many", null, sims, [s_hits, s_roi, s_drawdown], figures, DateTimeOffset.UnixEpoch);

        var tests = comparison.Metrics.SelectMany(m => m.Tests).ToArray();
        Assert.Equal(4, comparison.TestsMade);
        Assert.Equal(4, tests.Length);
        Assert.Equal(MultipleTesting.Holm([.. tests.Select(t => t.PValue)]), tests.Select(t => t.AdjustedPValue));
        Assert.Equal("net_per_cost", comparison.Metrics[1].Tests[0].Figure);
        var drawdown = comparison.Metrics[2];
        Assert.Empty(drawdown.Tests);
        Assert.Null(drawdown.WinnerSignificant);
        Assert.NotNull(drawdown.NotTestedReason);
        Assert.Equal(3, drawdown.Statistics!.Count);
    }

    [Fact]
    public void Build_MissingValue_IsUnranked_AndUntested_DifferentContestsUseWelch()
    {
        var known = Simulation("known", 0.4, roi: -0.5);
        var unknown = Simulation("unknown", 0.3, roi: null);
        var later = Simulation("later", 0.2, roi: -0.9);
        var figures = Figures(("known", i => [i % 2, 1]), ("unknown", i => [0, 1]));
        figures["later"] = [.. Enumerable.Range(100, 30).Select(i => new ContestFigures(i, [i % 2, 0], [0, 0, 0, 0], 500, 100))];

        var comparison = ComparisonBuilder.Build("x", "gaps", null, [known, unknown, later], [s_roi, s_hits], figures, DateTimeOffset.UnixEpoch);

        var roi = comparison.Metrics[0];
        Assert.Equal([1, 0, 2], roi.Rankings.Select(r => r.Rank ?? 0));
        Assert.Null(roi.Rankings[1].Value);
        Assert.Null(roi.Rankings[1].Percentile);
        Assert.Equal(2, roi.Statistics!.Count);
        Assert.Equal(["later"], roi.Tests.Select(t => t.SimulationId));
        Assert.Equal("welch_t", roi.Tests[0].Method);
        Assert.Equal(70, roi.Tests[0].Contests);
        var hits = comparison.Metrics[1];
        Assert.Equal(["paired_t", "welch_t"], hits.Tests.Select(t => t.Method));
    }

    private static SimulationMetric Metric(string name)
    {
        Assert.True(SimulationMetrics.TryGet(name, out var metric));
        return metric;
    }

    // 40 contests, 6001.., two tickets each, costing 500 and paying what the hits say (a made-up but monotone rule).
    private static Dictionary<string, IReadOnlyList<ContestFigures>> Figures(params (string Id, Func<int, int[]> Hits)[] simulations) =>
        simulations.ToDictionary(
            s => s.Id,
            s => (IReadOnlyList<ContestFigures>)[.. Enumerable.Range(6001, 40).Select(c =>
            {
                var hits = s.Hits(c);
                return new ContestFigures(c, hits, [0, 0, 0, 0], 500, hits.Sum() * 100);
            })],
            StringComparer.Ordinal);

    private static SimulationStatus Simulation(string id, double hitsPerTicket, double? roi = -0.5) => new()
    {
        Id = id,
        Spec = new SimulationSpec { Strategy = "frequency", Seed = 7, Parameters = new Dictionary<string, double>(), FromContest = 6001, ToContest = 6040 },
        State = SimulationState.Completed,
        DrawsVersion = 1,
        LedgerId = $"simulation:{id}",
        BatchesTotal = 1,
        BatchesDone = 1,
        ContestsTotal = 40,
        ContestsDone = 40,
        CostCents = 20000,
        PrizeCents = 10000,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Summary = new SimulationSummary
        {
            Contests = 40,
            Tickets = 80,
            HitHistogram = [0, 0, 0, 0, 0, 0],
            PrizeCounts = [0, 0, 0, 0],
            AverageBestHits = 1,
            CostCents = 20000,
            PrizesKnown = roi is not null,
            PrizeCents = roi is null ? null : 10000,
            NetCents = roi is null ? null : -10000,
            Roi = roi,
            MaxDrawdownCents = roi is null ? null : (long)(-roi.Value * 20000),
            JackpotUnknownContests = 0,
            UnpaidQuinaPrizes = 0,
            PriceAssumedContests = 0,
            Chance = new ChanceVerdict
            {
                MeanHitsPerTicket = hitsPerTicket,
                ChanceMeanHitsPerTicket = 0.3125,
                Z = 0,
                PValue = 0.5,
                ChiSquare = 0,
                BeatsChance = false,
            },
        },
    };
}
