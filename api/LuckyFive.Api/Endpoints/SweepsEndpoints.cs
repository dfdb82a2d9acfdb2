using System.Text.Json;
using LuckyFive.Api.Security;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>Sweeps: start one (a spec or a saved config), list, follow, read every child's metrics, the best, plot points, cancel.</summary>
internal static class SweepsEndpoints
{
    private static readonly int[] s_examplePowers = [0, 1, 2];

    public static void MapSweepsEndpoints(this IEndpointRouteBuilder app)
    {
        var sweeps = app.MapGroup("/api/v1/sweeps").WithTags("Sweeps").RequireAuthorization(ApiPolicies.Reader);
        sweeps.MapPost("/", SubmitAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Starts a sweep from a spec or a saved sweep config; 202 with its Location.")
            .WithRequestExample(new
            {
                Spec = new
                {
                    Version = 1,
                    Name = "power_grid",
                    BaseRecipe = new { Version = 1, Name = "base", Strategy = "frequency", Seed = 7, Parameters = new { SimPreds = 10 } },
                    Parameters = new[] { new { Name = "power", Type = "discrete", Values = s_examplePowers } },
                },
                FromContest = 6001,
                ToContest = 6500,
                Concurrency = 4,
                Holdout = 0.2,
            });
        sweeps.MapGet("/", ListAsync).WithSummary("Sweeps newest first, optionally of one state.");
        sweeps.MapGet("/{id}", GetAsync).WithSummary("A sweep: its spec's name, state and children by state.");
        sweeps.MapGet("/{id}/results", SweepResults.ResultsAsync)
            .WithSummary("Every child in index order: its parameters, state and, once it has results, every metric.");
        sweeps.MapGet("/{id}/best", SweepResults.BestAsync).WithSummary("The child ranked first on a metric among those with results.");
        sweeps.MapGet("/{id}/visualization", SweepResults.VisualizationAsync)
            .WithSummary("One point per child with results: its parameters and the chosen metrics, ready to plot.");
        sweeps.MapGet("/{id}/replicates", SweepRobustness.ReplicatesAsync)
            .WithSummary("Each recipe over its seed replicates: mean, standard deviation and 95 % interval of a metric; ranked from min_replicates on.");
        sweeps.MapGet("/{id}/overfitting", SweepRobustness.OverfittingAsync)
            .WithSummary("The probability of backtest overfitting from the completed children's stored results, over blocks of contests.");
        sweeps.MapPost("/{id}/cancel", CancelAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Stops a sweep: running children are cancelled and no other starts; finished children keep their results.");
    }

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such sweep.", detail: $"No sweep has id '{id}'.");

    private static async Task<Results<Accepted<SweepView>, ValidationProblem>> SubmitAsync(
        SweepSubmission body, IClusterClient cluster, SweepConfigStore configs, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? spec = null;
        if ((body.Spec is null) == (body.SweepConfigId is null))
        {
            errors["spec"] = [$"give either a spec or a sweep_config_id, not {(body.Spec is null ? "neither" : "both")}"];
        }
        else if (body.SweepConfigId is { } configId)
        {
            spec = (await configs.GetAsync(configId, cancellationToken))?.SpecJson;
            if (spec is null)
            {
                errors["sweep_config_id"] = [$"no sweep config has id '{configId}'; see GET /api/v1/sweep-configs"];
            }
        }
        else
        {
            spec = SweepSpecBody.Check(body.Spec, errors);
        }

        foreach (var problem in SweepRequest.CheckSettings(body.Concurrency ?? SweepRequest.DefaultConcurrency, body.Holdout ?? 0))
        {
            errors[problem.Field] = [problem.Reason];
        }

        RequireContest(body.FromContest, "from_contest", errors);
        RequireContest(body.ToContest, "to_contest", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var request = new SweepRequest
        {
            SpecJson = spec!,
            FromContest = body.FromContest!.Value,
            ToContest = body.ToContest!.Value,
            Concurrency = body.Concurrency ?? SweepRequest.DefaultConcurrency,
            Holdout = body.Holdout ?? 0,
            BatchSize = body.BatchSize ?? SimulationSpec.DefaultBatchSize,
            SweepConfigId = body.SweepConfigId,
        };
        var id = Guid.CreateVersion7().ToString("N");
        var result = await cluster.GetGrain<ISweepGrain>(id).SubmitAsync(request);
        if (result.Outcome != SubmitOutcome.Accepted)
        {
            foreach (var group in result.Errors.GroupBy(e => e.Field, StringComparer.Ordinal))
            {
                errors[group.Key] = [.. group.Select(e => e.Reason)];
            }

            return TypedResults.ValidationProblem(errors);
        }

        if (body.SweepConfigId is { } used)
        {
            await configs.MarkUsedAsync(used, cancellationToken);
        }

        var view = SweepView.From(result.Status!);
        return TypedResults.Accepted(view.Links.Self, view);
    }

    private static async Task<Results<Ok<Page<SweepView>>, ValidationProblem>> ListAsync(IClusterClient cluster, string? state, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var wanted = StateFilter.Parse<SweepState>(state, s => s.Name(), errors);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.Decode(cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await cluster.GetGrain<ISweepQueryGrain>(0).ListAsync(new SweepQuery { State = wanted, AfterId = after, Limit = size });
        var items = page.Items.Select(SweepView.From).ToArray();
        return TypedResults.Ok(new Page<SweepView>(items, page.HasMore ? Cursor.Encode(items[^1].Id) : null));
    }

    private static async Task<Results<Ok<SweepView>, ProblemHttpResult>> GetAsync(string id, IClusterClient cluster) =>
        await cluster.GetGrain<ISweepGrain>(id).GetStatusAsync() is { } status ? TypedResults.Ok(SweepView.From(status)) : NotFound(id);

    private static async Task<Results<Ok<SweepView>, ProblemHttpResult>> CancelAsync(string id, IClusterClient cluster) =>
        await cluster.GetGrain<ISweepGrain>(id).CancelAsync() is { } status ? TypedResults.Ok(SweepView.From(status)) : NotFound(id);

    private static void RequireContest(int? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            errors[field] = ["required: a contest number"];
        }
    }

    /// <summary>A sweep to start: a spec or a saved config's id, the contest range and how to run it.</summary>
    internal sealed record SweepSubmission
    {
        /// <summary>The sweep spec (docs/recipes.md); give this or <see cref="SweepConfigId"/>.</summary>
        public JsonElement? Spec { get; init; }

        /// <summary>A saved sweep config's id; give this or <see cref="Spec"/>.</summary>
        public string? SweepConfigId { get; init; }

        public int? FromContest { get; init; }

        public int? ToContest { get; init; }

        /// <summary>Children running at once, 1..32 (default 4).</summary>
        public int? Concurrency { get; init; }

        /// <summary>The share of the range, at its end, held out of the ranking (0..0.5, default 0).</summary>
        public double? Holdout { get; init; }

        /// <summary>Contests per batch of each child (default 50).</summary>
        public int? BatchSize { get; init; }
    }
}
