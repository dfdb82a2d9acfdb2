using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using LuckyFive.Api.Security;
using LuckyFive.GrainInterfaces.Ledgers;
using LuckyFive.GrainInterfaces.Simulations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuckyFive.Api.Endpoints;

/// <summary>Simulations: submit, list, follow, read results and money, export, cancel.</summary>
internal static class SimulationsEndpoints
{
    private static readonly TimeSpan s_eventPoll = TimeSpan.FromMilliseconds(250);

    public static void MapSimulationsEndpoints(this IEndpointRouteBuilder app)
    {
        var simulations = app.MapGroup("/api/v1/simulations").WithTags("Simulations").RequireAuthorization(ApiPolicies.Reader);

        simulations.MapPost("/", SubmitAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Submits a simulation; 202 with its Location, then follow it there or on /events.")
            .WithRequestExample(new { Recipe = new { Strategy = "frequency", Seed = 7 }, FromContest = 6501, ToContest = 6600, Tickets = 5, Window = 100 });
        simulations.MapGet("/", ListAsync).WithSummary("Simulations newest first, filtered by state, strategy and creation time.");
        simulations.MapGet("/{id}", GetAsync).WithSummary("A simulation: state, progress, money so far, summary and chance verdict.");
        simulations.MapGet("/{id}/results", ResultsAsync).WithSummary("Per-contest results: tickets, hits, prizes and money, in contest order.");
        simulations.MapGet("/{id}/events", Events)
            .WithSummary("Server-sent events: `progress` after each batch, then one final event named after the final state.");
        simulations.MapGet("/{id}/finances", FinancesAsync).WithSummary("What the simulation cost and won, and its ledger.");
        simulations.MapGet("/{id}/export", ExportAsync)
            .WithSummary("The whole simulation: format=json is the CLI's `backtest --json` document byte for byte; format=csv one row per contest.");
        simulations.MapPost("/{id}/cancel", CancelAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Stops a pending or running simulation within one batch; a final one is returned unchanged.");
    }

    private static Task<Results<Accepted<SimulationView>, ValidationProblem>> SubmitAsync(SimulationRequest request, IClusterClient cluster) =>
        SimulationSubmission.SubmitAsync(request, cluster);

    private static async Task<Results<Ok<Page<SimulationView>>, ValidationProblem>> ListAsync(
        IClusterClient cluster,
        string? state,
        string? strategy,
        [FromQuery(Name = "created_from")] DateTimeOffset? createdFrom,
        [FromQuery(Name = "created_before")] DateTimeOffset? createdBefore,
        int? limit,
        string? cursor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var wanted = StateFilter.Parse<SimulationState>(state, s => s.Name(), errors);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.Decode(cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await cluster.GetGrain<ISimulationQueryGrain>(0).ListAsync(new SimulationQuery
        {
            State = wanted,
            Strategy = strategy,
            CreatedFrom = createdFrom,
            CreatedBefore = createdBefore,
            AfterId = after,
            Limit = size,
        });
        var items = page.Items.Select(SimulationView.From).ToArray();
        return TypedResults.Ok(new Page<SimulationView>(items, page.HasMore ? Cursor.Encode(items[^1].Id) : null));
    }

    private static async Task<Results<Ok<SimulationView>, ProblemHttpResult>> GetAsync(string id, FinalSimulationViews views) =>
        await views.GetAsync(id) is { } view ? TypedResults.Ok(view) : NotFound(id);

    private static async Task<Results<Ok<Page<ContestResult>>, ProblemHttpResult, ValidationProblem>> ResultsAsync(
        string id, IClusterClient cluster, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.DecodeNumber(cursor, errors) ?? 0;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await cluster.GetGrain<ISimulationQueryGrain>(0).GetResultsAsync(id, (int)Math.Clamp(after, 0, int.MaxValue), size);
        if (page is null)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(new Page<ContestResult>(page.Items, page.HasMore ? Cursor.Encode(page.Items[^1].Contest) : null));
    }

    private static async Task<Results<Ok<SimulationFinances>, ProblemHttpResult>> FinancesAsync(string id, IClusterClient cluster)
    {
        if (await cluster.GetGrain<ISimulationGrain>(id).GetStatusAsync() is not { } status)
        {
            return NotFound(id);
        }

        var ledger = await cluster.GetGrain<ILedgerGrain>(status.LedgerId).GetAsync();
        return TypedResults.Ok(SimulationFinances.From(status, ledger));
    }

    private static async Task<IResult> ExportAsync(string id, IClusterClient cluster, string? format)
    {
        var wanted = format?.ToLowerInvariant() switch
        {
            null or "json" => ExportFormat.Json,
            "csv" => ExportFormat.Csv,
            _ => (ExportFormat?)null,
        };
        if (wanted is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"unknown format '{format}'; one of json, csv"] });
        }

        if (await cluster.GetGrain<ISimulationGrain>(id).GetStatusAsync() is not { } status)
        {
            return NotFound(id);
        }

        if (status.Summary is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The simulation has no final results.",
                detail: $"Simulation {id} is {status.State.Name()}; a completed or bankrupt simulation exports its results.");
        }

        var bytes = await cluster.GetGrain<ISimulationQueryGrain>(0).ExportAsync(id, wanted.Value);
        return wanted == ExportFormat.Json
            ? TypedResults.File(bytes!, "application/json", $"{id}.json")
            : TypedResults.File(bytes!, "text/csv", $"{id}.csv");
    }

    private static async Task<Results<Ok<SimulationView>, ProblemHttpResult>> CancelAsync(string id, IClusterClient cluster) =>
        await cluster.GetGrain<ISimulationGrain>(id).CancelAsync() is { } status
            ? TypedResults.Ok(SimulationView.From(status))
            : NotFound(id);

    internal static async Task<IResult> Events(string id, IClusterClient cluster, CancellationToken cancellationToken)
    {
        var grain = cluster.GetGrain<ISimulationGrain>(id);
        if (await grain.GetStatusAsync() is null)
        {
            return NotFound(id);
        }

        return TypedResults.ServerSentEvents(Follow(grain, cancellationToken));
    }

    // Polls the grain (an in-memory read) and sends an event whenever another batch is paid, then the final state.
    private static async IAsyncEnumerable<SseItem<SimulationView>> Follow(ISimulationGrain grain, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sent = -1;
        while (!cancellationToken.IsCancellationRequested)
        {
            var status = (await grain.GetStatusAsync())!;
            if (FinalSimulationViews.IsLast(status))
            {
                yield return new SseItem<SimulationView>(SimulationView.From(status), status.State.Name());
                yield break;
            }

            if (status.BatchesDone != sent)
            {
                sent = status.BatchesDone;
                yield return new SseItem<SimulationView>(SimulationView.From(status), "progress");
            }

            await Task.Delay(s_eventPoll, cancellationToken);
        }
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such simulation.", detail: $"No simulation has id '{id}'.");
}
