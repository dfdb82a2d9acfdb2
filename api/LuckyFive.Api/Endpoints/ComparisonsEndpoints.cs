using LuckyFive.Api.Security;
using LuckyFive.GrainInterfaces.Comparisons;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>Comparisons: rank 2..50 completed simulations on chosen metrics and say whether the winner's lead is significant.</summary>
internal static class ComparisonsEndpoints
{
    private static readonly string[] s_exampleIds = ["01a241eb91f6716197132b57b60fb3be", "01a24274f7097783b71f55b636196162-2"];
    private static readonly string[] s_exampleMetrics = ["roi", "mean_hits_per_ticket", "quadra"];

    public static void MapComparisonsEndpoints(this IEndpointRouteBuilder app)
    {
        var comparisons = app.MapGroup("/api/v1/comparisons").WithTags("Comparisons").RequireAuthorization(ApiPolicies.Reader);
        comparisons.MapPost("/", CreateAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Compares 2 to 50 completed simulations on chosen metrics: rankings, percentiles, statistics, winners and their tests; 201 with its Location.")
            .WithRequestExample(new
            {
                Name = "frequency against hot-cold",
                SimulationIds = s_exampleIds,
                Metrics = s_exampleMetrics,
            });
        comparisons.MapGet("/", ListAsync).WithSummary("Comparisons newest first, each as it was computed.");
        comparisons.MapGet("/{id}", GetAsync).WithSummary("A comparison as it was computed.");
    }

    private static async Task<Results<Created<ComparisonView>, ValidationProblem, ProblemHttpResult>> CreateAsync(ComparisonBody body, IClusterClient cluster)
    {
        if (body.SimulationIds is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["simulation_ids"] = [$"required: the ids of {ComparisonRequest.MinSimulations} to {ComparisonRequest.MaxSimulations} completed simulations"],
            });
        }

        if (body.SimulationIds.Any(string.IsNullOrWhiteSpace))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["simulation_ids"] = ["every entry must be a simulation id; got an empty or null one"],
            });
        }

        var id = Guid.CreateVersion7().ToString("N");
        var result = await cluster.GetGrain<IComparisonGrain>(id).CreateAsync(new ComparisonRequest
        {
            Name = body.Name,
            Description = body.Description,
            SimulationIds = body.SimulationIds,
            Metrics = body.Metrics ?? [],
        });
        switch (result.Outcome)
        {
            case ComparisonOutcome.Created:
                var view = ComparisonView.From(result.Comparison!);
                return TypedResults.Created(view.Links.Self, view);
            case ComparisonOutcome.NotCompleted:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Only completed simulations are compared.",
                    detail: string.Join("; ", result.Errors.Select(e => e.Reason)) + ". Compare them once they have completed.");
            default:
                return TypedResults.ValidationProblem(result.Errors
                    .GroupBy(e => e.Field, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal));
        }
    }

    private static async Task<Results<Ok<Page<ComparisonView>>, ValidationProblem>> ListAsync(IClusterClient cluster, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.Decode(cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await cluster.GetGrain<IComparisonQueryGrain>(0).ListAsync(new ComparisonQuery { AfterId = after, Limit = size });
        var items = page.Items.Select(ComparisonView.From).ToArray();
        return TypedResults.Ok(new Page<ComparisonView>(items, page.HasMore ? Cursor.Encode(items[^1].Id) : null));
    }

    private static async Task<Results<Ok<ComparisonView>, ProblemHttpResult>> GetAsync(string id, IClusterClient cluster) =>
        await cluster.GetGrain<IComparisonGrain>(id).GetAsync() is { } comparison
            ? TypedResults.Ok(ComparisonView.From(comparison))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such comparison.", detail: $"No comparison has id '{id}'.");

    /// <summary>A comparison to compute: the simulations, the metrics, a name.</summary>
    internal sealed record ComparisonBody
    {
        /// <summary>1..200 characters; default "N simulations".</summary>
        public string? Name { get; init; }

        /// <summary>At most 2,000 characters.</summary>
        public string? Description { get; init; }

        /// <summary>2..50 completed simulations, each once.</summary>
        public IReadOnlyList<string>? SimulationIds { get; init; }

        /// <summary>Metric names (default roi, mean_hits_per_ticket).</summary>
        public IReadOnlyList<string>? Metrics { get; init; }
    }
}
