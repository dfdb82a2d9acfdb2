using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>What a sweep's children found: every child, the best on a metric, and points to plot.</summary>
internal static class SweepResults
{
    /// <summary>The metric the best child is chosen by unless the request names one.</summary>
    public const string DefaultMetric = "z";

    private static readonly string[] s_defaultPlotMetrics = ["roi", "mean_hits_per_ticket"];

    public static async Task<Results<Ok<Page<SweepChildView>>, ProblemHttpResult, ValidationProblem>> ResultsAsync(
        string id, IClusterClient cluster, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.DecodeNumber(cursor, errors) ?? -1;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await SweepAsync(cluster, id) is not var (_, children, ranking))
        {
            return SweepsEndpoints.NotFound(id);
        }

        var page = children.Where(c => c.Index > after).Take(size + 1).ToArray();
        var items = page.Take(size).Select(c => SweepChildView.From(c, ranking)).ToArray();
        return TypedResults.Ok(new Page<SweepChildView>(items, page.Length > size ? Cursor.Encode(items[^1].Index) : null));
    }

    public static async Task<Results<Ok<SweepBest>, ProblemHttpResult, ValidationProblem>> BestAsync(string id, IClusterClient cluster, string? metric)
    {
        var name = metric ?? DefaultMetric;
        if (!SimulationMetrics.TryGet(name, out var chosen))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["metric"] = [SimulationMetrics.Unknown(name)] });
        }

        if (await SweepAsync(cluster, id) is not var (status, children, ranking))
        {
            return SweepsEndpoints.NotFound(id);
        }

        var ranked = BestFirst(children, ranking, chosen);
        if (ranked.Length == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "No child has results yet.",
                detail: $"None of sweep {id}'s {children.Count} children has a value of '{name}' yet; ask again once some have completed.");
        }

        var (best, value) = ranked[0];
        var chance = ranking.ChanceOf(best)!;
        var holdout = best.HoldoutSummary is { } held && status.InSampleToContest is { } inSampleTo
            ? new SweepHoldoutChance(inSampleTo + 1, held.Contests, chosen.Of(held), held.Chance.Z, held.Chance.PValue, held.Chance.PValue < SweepRanking.Level)
            : null;
        return TypedResults.Ok(new SweepBest(
            name,
            chosen.HigherIsBetter,
            ranking.Sample,
            value!.Value,
            ranked.Length,
            ranked.Count(c => c.Value == value),
            SweepChildView.From(best, ranking),
            chance,
            holdout,
            SweepVerdict.Of(chance, holdout)));
    }

    public static async Task<Results<Ok<SweepPlot>, ProblemHttpResult, ValidationProblem>> VisualizationAsync(
        string id, IClusterClient cluster, string? metrics)
    {
        var names = metrics is null ? s_defaultPlotMetrics : metrics.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = names.Where(n => !SimulationMetrics.TryGet(n, out _)).ToArray();
        if (unknown.Length > 0 || names.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["metrics"] = names.Length == 0 ? ["name at least one metric, comma-separated"] : [.. unknown.Select(SimulationMetrics.Unknown)],
            });
        }

        if (await SweepAsync(cluster, id) is not var (status, children, _))
        {
            return SweepsEndpoints.NotFound(id);
        }

        var chosen = names.Distinct(StringComparer.Ordinal).Select(n => SimulationMetrics.All.First(m => m.Name == n)).ToArray();
        var points = children
            .Where(c => c.Summary is not null)
            .Select(c => new SweepPoint(
                c.Index,
                new SortedDictionary<string, double>(c.Parameters.ToDictionary(), StringComparer.Ordinal),
                chosen.ToDictionary(m => m.Name, m => m.Of(c.Summary!))))
            .ToArray();
        return TypedResults.Ok(new SweepPlot(status.Parameters, [.. chosen.Select(m => m.Name)], points));
    }

    /// <summary>
    /// The children with a value of <paramref name="metric"/> on their ranking contests, best first; equal values keep
    /// index order, so the same results always name the same child.
    /// </summary>
    internal static (SweepChild Child, double? Value)[] BestFirst(IEnumerable<SweepChild> children, SweepRanking ranking, SimulationMetric metric) =>
        children
            .Select(c => (Child: c, Value: ranking.RankedOn(c) is { } s ? metric.Of(s) : null))
            .Where(c => c.Value is not null)
            .OrderBy(c => c.Value, Comparer<double?>.Create(metric.CompareBestFirst))
            .ThenBy(c => c.Child.Index)
            .ToArray();

    /// <summary>The sweep's status, its children and how they are judged; null when the sweep is unknown.</summary>
    internal static async Task<(SweepStatus Status, IReadOnlyList<SweepChild> Children, SweepRanking Ranking)?> SweepAsync(IClusterClient cluster, string id)
    {
        if (await cluster.GetGrain<ISweepGrain>(id).GetStatusAsync() is not { } status
            || await cluster.GetGrain<ISweepQueryGrain>(0).GetChildrenAsync(id) is not { } children)
        {
            return null;
        }

        return (status, children, new SweepRanking(children, status.InSampleToContest is not null));
    }
}

/// <summary>
/// The best child on a metric among the children ranked (<c>ranked_on</c>: the in-sample contests when the sweep holds
/// out its tail): its value, how many children had one, how many share the best value (the child shown is the
/// lowest-numbered of them), the child, its test against chance raw and corrected for the sweep's children, its test
/// on the held-out contests, and the verdict in words.
/// </summary>
internal sealed record SweepBest(
    string Metric,
    bool HigherIsBetter,
    string RankedOn,
    double Value,
    int Ranked,
    int TiedAtBest,
    SweepChildView Child,
    SweepChildChance Chance,
    SweepHoldoutChance? Holdout,
    string Verdict);

/// <summary>Points to plot: the swept parameters, the metrics asked for, and one point per child with results.</summary>
internal sealed record SweepPlot(IReadOnlyList<string> Parameters, IReadOnlyList<string> Metrics, IReadOnlyList<SweepPoint> Points);

/// <summary>One child as a point: its index, its parameter values and its metric values over the whole range.</summary>
internal sealed record SweepPoint(int Index, IReadOnlyDictionary<string, double> Parameters, IReadOnlyDictionary<string, double?> Metrics);
