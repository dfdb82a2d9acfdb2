using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Comparisons;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Simulations;

namespace LuckyFive.Grains.Comparisons;

/// <summary>
/// Computes a comparison from completed simulations and their per-contest figures: per metric the ranking (ties share
/// a rank, request order among equals), percentiles, statistics, the winner, and the winner tested against each other
/// ranked simulation, with Holm's correction over every test of the comparison.
/// </summary>
internal static class ComparisonBuilder
{
    public const double Alpha = 0.05;

    public static Comparison Build(
        string id,
        string name,
        string? description,
        IReadOnlyList<SimulationStatus> simulations,
        IReadOnlyList<SimulationMetric> metrics,
        IReadOnlyDictionary<string, IReadOnlyList<ContestFigures>> figures,
        DateTimeOffset createdAt)
    {
        var drafts = metrics.Select(m => Draft(m, simulations, figures)).ToArray();
        var pValues = drafts.SelectMany(d => d.Tests.Select(t => t.Result.PValue)).ToArray();
        var adjusted = MultipleTesting.Holm(pValues);
        var next = 0;
        var results = new List<MetricComparison>(drafts.Length);
        foreach (var draft in drafts)
        {
            var tests = draft.Tests.Select(t =>
            {
                var p = adjusted[next++];
                return new PairTest
                {
                    SimulationId = t.Other,
                    Method = t.Result.Method == DifferenceMethod.PairedT ? "paired_t" : "welch_t",
                    Figure = draft.Figure!,
                    Contests = t.Result.Count,
                    MeanDifference = t.Result.MeanDifference,
                    T = t.Result.T,
                    DegreesOfFreedom = t.Result.DegreesOfFreedom,
                    PValue = t.Result.PValue,
                    AdjustedPValue = p,
                    Significant = p < Alpha,
                };
            }).ToArray();
            var ranked = draft.Metric.Rankings.Count(r => r.Rank is not null);
            results.Add(draft.Metric with
            {
                Tests = tests,
                WinnerSignificant = draft.NotTested is not null
                    ? null
                    : draft.Metric.TiedAtBest == 1 && tests.Length == ranked - 1 && tests.All(t => t.Significant),
                NotTestedReason = draft.NotTested,
            });
        }

        return new Comparison
        {
            Id = id,
            Name = name,
            Description = description,
            Simulations = [.. simulations.Select(s => new ComparedSimulation
            {
                Id = s.Id,
                Strategy = s.Spec.Strategy,
                Seed = s.Spec.Seed,
                FromContest = s.Spec.FromContest,
                ToContest = s.Spec.ToContest,
                Contests = s.Summary!.Contests,
                CreatedAt = s.CreatedAt,
            })],
            Metrics = results,
            TestsMade = pValues.Length,
            Alpha = Alpha,
            CreatedAt = createdAt,
        };
    }

    /// <summary>Whether a metric's differences are tested, which needs its per-contest figures.</summary>
    public static bool IsTested(SimulationMetric metric) => ContestSeries.For(metric.Name) is not null;

    private static MetricDraft Draft(
        SimulationMetric metric, IReadOnlyList<SimulationStatus> simulations, IReadOnlyDictionary<string, IReadOnlyList<ContestFigures>> figures)
    {
        var values = simulations.Select(s => metric.Of(s.Summary!)).ToArray();
        var standings = Standings.Rank(values, metric.HigherIsBetter);
        var rankings = simulations.Select((s, i) => new MetricStanding
        {
            SimulationId = s.Id,
            Value = values[i],
            Rank = standings[i]?.Rank,
            Percentile = standings[i]?.Percentile,
        }).ToArray();
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var statistics = present.Length == 0 ? null : Statistics(Standings.Describe(present));

        // Best first; equal values keep the request's order, so the same simulations always name the same winner.
        var order = Enumerable.Range(0, simulations.Count)
            .Where(i => values[i] is not null)
            .OrderBy(i => standings[i]!.Rank)
            .ThenBy(i => i)
            .ToArray();
        var winner = order.Length > 0 ? order[0] : -1;
        var result = new MetricComparison
        {
            Metric = metric.Name,
            HigherIsBetter = metric.HigherIsBetter,
            Rankings = rankings,
            Statistics = statistics,
            Winner = winner >= 0 ? simulations[winner].Id : null,
            TiedAtBest = order.Count(i => standings[i]!.Rank == 1),
            Tests = [],
        };

        if (ContestSeries.For(metric.Name) is not { } series)
        {
            return new MetricDraft(result, null, [], "a path figure with no per-contest value: ranked, not tested");
        }

        if (order.Length < 2)
        {
            return new MetricDraft(result, series.Figure, [], "fewer than two simulations have a value");
        }

        var best = Series(figures, simulations[winner].Id, series.Read);
        var tests = new List<(string, DifferenceTestResult)>();
        foreach (var other in order.Skip(1))
        {
            if (Test(best, Series(figures, simulations[other].Id, series.Read)) is { } test)
            {
                tests.Add((simulations[other].Id, test));
            }
        }

        return new MetricDraft(
            result,
            series.Figure,
            [.. tests.Select(t => new DraftTest(t.Item1, t.Item2))],
            tests.Count == 0 ? "too few contests to test (a test needs at least two per simulation)" : null);
    }

    // Paired over the same contests when both replayed exactly the same ones; Welch's otherwise.
    private static DifferenceTestResult? Test((int Contest, double Value)[] winner, (int Contest, double Value)[] other)
    {
        if (winner.Length < 2 || other.Length < 2)
        {
            return null;
        }

        var winnerValues = winner.Select(c => c.Value).ToArray();
        var otherValues = other.Select(c => c.Value).ToArray();
        return winner.Select(c => c.Contest).SequenceEqual(other.Select(c => c.Contest))
            ? DifferenceTest.Paired(winnerValues, otherValues)
            : DifferenceTest.Welch(winnerValues, otherValues);
    }

    private static (int Contest, double Value)[] Series(
        IReadOnlyDictionary<string, IReadOnlyList<ContestFigures>> figures, string simulationId, Func<ContestFigures, double> read) =>
        figures.TryGetValue(simulationId, out var rows) ? [.. rows.Select(r => (r.Contest, read(r)))] : [];

    private static MetricStatistics Statistics(Description description) => new()
    {
        Count = description.Count,
        Mean = description.Mean,
        Median = description.Median,
        StandardDeviation = description.StandardDeviation,
        Min = description.Min,
        Max = description.Max,
    };

    private sealed record DraftTest(string Other, DifferenceTestResult Result);

    private sealed record MetricDraft(MetricComparison Metric, string? Figure, IReadOnlyList<DraftTest> Tests, string? NotTested);
}
