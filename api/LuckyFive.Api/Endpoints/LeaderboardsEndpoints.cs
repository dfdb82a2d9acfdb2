using System.Globalization;
using LuckyFive.Api.Security;
using LuckyFive.GrainInterfaces.Comparisons;
using LuckyFive.GrainInterfaces.Simulations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuckyFive.Api.Endpoints;

/// <summary>Leaderboards: completed simulations, or recipes over their seeds, ranked on a metric.</summary>
internal static class LeaderboardsEndpoints
{
    public static void MapLeaderboardsEndpoints(this IEndpointRouteBuilder app)
    {
        var leaderboards = app.MapGroup("/api/v1/leaderboards").WithTags("Leaderboards").RequireAuthorization(ApiPolicies.Reader);
        leaderboards.MapGet("/{metric}", GetAsync)
            .WithSummary("Completed simulations (group=simulation) or recipes over their seeds (group=recipe) ranked best first on a metric.");
    }

    private static async Task<Results<Ok<LeaderboardView>, ValidationProblem>> GetAsync(
        string metric, IClusterClient cluster, string? group, string? strategy, [FromQuery(Name = "created_from")] string? createdFrom,
        [FromQuery(Name = "created_before")] string? createdBefore, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!SimulationMetrics.TryGet(metric, out var chosen))
        {
            errors["metric"] = [SimulationMetrics.Unknown(metric)];
        }

        LeaderboardGroup? grouping = group switch
        {
            null or "simulation" => LeaderboardGroup.Simulation,
            "recipe" => LeaderboardGroup.Recipe,
            _ => null,
        };
        if (grouping is null)
        {
            errors["group"] = [$"unknown group '{group}'; one of simulation, recipe"];
        }

        var from = Time(createdFrom, "created_from", errors);
        var before = Time(createdBefore, "created_before", errors);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.Decode(cursor, errors);
        if (after is not null && !LeaderboardKey.TryParse(after, out _, out _, out _))
        {
            errors["cursor"] = ["not a cursor this API returned; pass next_cursor from the previous page as it is"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await cluster.GetGrain<IComparisonQueryGrain>(0).LeaderboardAsync(new LeaderboardQuery
        {
            Metric = metric,
            Group = grouping!.Value,
            Strategy = strategy,
            CreatedFrom = from,
            CreatedBefore = before,
            AfterKey = after,
            Limit = size,
        });
        return TypedResults.Ok(new LeaderboardView(
            metric,
            chosen.HigherIsBetter,
            grouping == LeaderboardGroup.Simulation ? "simulation" : "recipe",
            page.Ranked,
            page.Unranked,
            [.. page.Items.Select(LeaderboardItem.From)],
            page.HasMore ? Cursor.Encode(page.Items[^1].Key) : null));
    }

    private static DateTimeOffset? Time(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors[field] = [$"must be an ISO 8601 date-time such as 2026-12-01T00:00:00Z, got '{value}'"];
        return null;
    }
}

/// <summary>
/// One page of a leaderboard: ranked entries best first, then the unranked ones; how many of each the whole board has.
/// </summary>
internal sealed record LeaderboardView(
    string Metric, bool HigherIsBetter, string Group, int Ranked, int Unranked, IReadOnlyList<LeaderboardItem> Items, string? NextCursor);

/// <summary>A simulation, or a recipe with its seeds, on a leaderboard.</summary>
internal sealed record LeaderboardItem(
    int? Rank,
    double? Value,
    string Strategy,
    IReadOnlyDictionary<string, double> Parameters,
    int FromContest,
    int ToContest,
    IReadOnlyList<string> SimulationIds,
    IReadOnlyList<ulong> Seeds,
    DateTimeOffset CreatedAt,
    RecipeReplication? Replication)
{
    public static LeaderboardItem From(LeaderboardEntry entry) => new(
        entry.Rank, entry.Value, entry.Strategy, entry.Parameters, entry.FromContest, entry.ToContest, entry.SimulationIds, entry.Seeds, entry.CreatedAt, entry.Replication);
}
