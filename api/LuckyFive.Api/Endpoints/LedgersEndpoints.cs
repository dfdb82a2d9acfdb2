using LuckyFive.Api.Security;
using LuckyFive.GrainInterfaces.Ledgers;
using LuckyFive.GrainInterfaces.Simulations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>Bankroll ledgers: create one with a budget, let simulations bet from it, read its balance and entries.</summary>
internal static class LedgersEndpoints
{
    public const int MaxNameLength = 200;

    public static void MapLedgersEndpoints(this IEndpointRouteBuilder app)
    {
        var ledgers = app.MapGroup("/api/v1/ledgers").WithTags("Ledgers").RequireAuthorization(ApiPolicies.Reader);

        ledgers.MapPost("/", CreateAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Creates a bankroll ledger with a budget; simulations given its id bet from it until it cannot pay.")
            .WithRequestExample(new LedgerRequest("R$ 500 bankroll", 50_000));
        ledgers.MapGet("/{id}", GetAsync).WithSummary("A ledger: balance, bets, prizes and prizes per tier, ROI, break-even, drawdown.");
        ledgers.MapGet("/{id}/entries", EntriesAsync).WithSummary("A ledger's entries, oldest first, with the balance after each.");
    }

    private static async Task<Results<Created<LedgerView>, ValidationProblem>> CreateAsync(LedgerRequest request, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxNameLength || request.Name.Any(char.IsControl))
        {
            errors["name"] = [$"required: 1 to {MaxNameLength} characters without control characters"];
        }

        if (request.BudgetCents is not > 0)
        {
            errors["budget_cents"] = ["required: a whole number of centavos above 0"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = Guid.CreateVersion7().ToString("N");
        var view = await cluster.GetGrain<ILedgerGrain>(id)
            .OpenAsync(new LedgerOpening { Kind = LedgerKind.Bankroll, Name = request.Name!, BudgetCents = request.BudgetCents });
        return TypedResults.Created($"/api/v1/ledgers/{id}", view);
    }

    private static async Task<Results<Ok<LedgerView>, ProblemHttpResult>> GetAsync(string id, IClusterClient cluster) =>
        await cluster.GetGrain<ILedgerGrain>(id).GetAsync() is { } view ? TypedResults.Ok(view) : NotFound(id);

    private static async Task<Results<Ok<Page<StoredLedgerEntry>>, ProblemHttpResult, ValidationProblem>> EntriesAsync(
        string id, IClusterClient cluster, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.DecodeNumber(cursor, errors) ?? 0;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await cluster.GetGrain<ILedgerGrain>(id).GetAsync() is null)
        {
            return NotFound(id);
        }

        var page = await cluster.GetGrain<ISimulationQueryGrain>(0).GetLedgerEntriesAsync(id, after, size);
        return TypedResults.Ok(new Page<StoredLedgerEntry>(page.Items, page.HasMore ? Cursor.Encode(page.Items[^1].Sequence) : null));
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ledger.", detail: $"No ledger has id '{id}'.");
}

/// <summary>A bankroll ledger to create.</summary>
internal sealed record LedgerRequest(string? Name, long? BudgetCents);
