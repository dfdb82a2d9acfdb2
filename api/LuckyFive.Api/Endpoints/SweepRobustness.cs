using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuckyFive.Api.Endpoints;

/// <summary>Whether a sweep's best is more than luck: each recipe over its seed replicates, and the probability of backtest overfitting.</summary>
internal static class SweepRobustness
{
    /// <summary>Blocks the overfitting estimate cuts the contests into unless the request says otherwise.</summary>
    public const int DefaultBlocks = BacktestOverfitting.DefaultBlocks;

    /// <summary>The largest minimum a request may set; more replicates than a sweep can hold would rank nothing.</summary>
    private const int MaxMinimumReplicates = 1000;

    public static async Task<Results<Ok<SweepReplicates>, ProblemHttpResult, ValidationProblem>> ReplicatesAsync(
        string id, IClusterClient cluster, string? metric, [FromQuery(Name = "min_replicates")] int? minReplicates)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = metric ?? SweepResults.DefaultMetric;
        if (!SimulationMetrics.TryGet(name, out var chosen))
        {
            errors["metric"] = [SimulationMetrics.Unknown(name)];
        }

        var minimum = minReplicates ?? SeedReplication.DefaultMinimumReplicates;
        if (minimum is < 2 or > MaxMinimumReplicates)
        {
            errors["min_replicates"] = [$"must be 2 to {MaxMinimumReplicates}, got {minimum}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await SweepResults.SweepAsync(cluster, id) is not var (_, children, ranking))
        {
            return SweepsEndpoints.NotFound(id);
        }

        var combinations = children
            .GroupBy(c => c.Combination)
            .Select(g => Combination(g.OrderBy(c => c.Replicate).ToArray(), ranking, chosen, minimum))
            .ToArray();
        // Rankable recipes best first by their mean (ties by combination); the others after, in combination order.
        var ranked = combinations.Where(c => c.Rankable)
            .OrderBy(c => c.Mean, Comparer<double?>.Create(chosen.CompareBestFirst))
            .ThenBy(c => c.Combination)
            .Select((c, i) => c with { Rank = i + 1 });
        var unranked = combinations.Where(c => !c.Rankable).OrderBy(c => c.Combination);
        return TypedResults.Ok(new SweepReplicates(name, chosen.HigherIsBetter, ranking.Sample, minimum, [.. ranked.Concat(unranked)]));
    }

    public static async Task<Results<Ok<SweepOverfittingView>, ProblemHttpResult, ValidationProblem>> OverfittingAsync(
        string id, IClusterClient cluster, int? blocks)
    {
        var count = blocks ?? DefaultBlocks;
        if (count is < 2 or > BacktestOverfitting.MaxBlocks || count % 2 != 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["blocks"] = [$"must be even, from 2 to {BacktestOverfitting.MaxBlocks} (default {DefaultBlocks}); got {count}"],
            });
        }

        if (await cluster.GetGrain<ISweepQueryGrain>(0).GetOverfittingAsync(id, count) is not { } estimate)
        {
            return SweepsEndpoints.NotFound(id);
        }

        return estimate.Problem is { } problem
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No overfitting estimate yet.", detail: $"Sweep {id}: {problem}.")
            : TypedResults.Ok(SweepOverfittingView.From(estimate));
    }

    private static SweepCombination Combination(SweepChild[] replicates, SweepRanking ranking, SimulationMetric metric, int minimum)
    {
        var values = replicates
            .Select(c => ranking.RankedOn(c) is { } summary ? metric.Of(summary) : null)
            .Where(v => v is not null)
            .Select(v => v!.Value)
            .ToArray();
        var summary = values.Length > 0 ? SeedReplication.Summarize(values, minimum) : null;
        return new SweepCombination(
            replicates[0].Combination,
            new SortedDictionary<string, double>(replicates[0].Parameters.ToDictionary(), StringComparer.Ordinal),
            replicates.Length,
            values,
            summary?.Mean,
            summary?.StandardDeviation,
            summary?.Lower95,
            summary?.Upper95,
            summary?.Rankable ?? false,
            null);
    }
}

/// <summary>
/// Each parameter combination (recipe) over its seed replicates on a metric: replicates with results, their mean,
/// sample standard deviation and 95 % interval; recipes with fewer than <c>min_replicates</c> results are listed
/// unranked, without an interval.
/// </summary>
internal sealed record SweepReplicates(string Metric, bool HigherIsBetter, string Sample, int MinReplicates, IReadOnlyList<SweepCombination> Combinations);

/// <summary>One recipe: its parameters, how many children run it, their values so far and what they add up to.</summary>
internal sealed record SweepCombination(
    int Combination,
    IReadOnlyDictionary<string, double> Parameters,
    int Children,
    IReadOnlyList<double> Values,
    double? Mean,
    double? StandardDeviation,
    double? Lower95,
    double? Upper95,
    bool Rankable,
    int? Rank);

/// <summary>
/// The probability of backtest overfitting of a sweep and what lies behind it; performance figures are excess hits
/// per ticket per contest of the child picked in sample (docs/statistics.md).
/// </summary>
internal sealed record SweepOverfittingView(
    int Children,
    int ChildrenLeftOut,
    int Contests,
    int Blocks,
    double Probability,
    int Splits,
    double MeanLogit,
    IReadOnlyList<SweepLogitBin> LogitHistogram,
    double MeanInSamplePerformance,
    double MeanOutOfSamplePerformance,
    double OutOfSampleLossProbability)
{
    public static SweepOverfittingView From(SweepOverfitting estimate) => new(
        estimate.Children,
        estimate.ChildrenLeftOut,
        estimate.Contests,
        estimate.Blocks,
        estimate.Probability!.Value,
        estimate.Splits,
        estimate.MeanLogit!.Value,
        estimate.LogitHistogram,
        estimate.MeanInSamplePerformance!.Value,
        estimate.MeanOutOfSamplePerformance!.Value,
        estimate.OutOfSampleLossProbability!.Value);
}
