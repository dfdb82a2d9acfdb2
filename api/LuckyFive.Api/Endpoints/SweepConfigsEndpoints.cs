using System.Text.Json;
using LuckyFive.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>Saved sweep specs: create, list, read, replace, delete; <c>POST /api/v1/sweeps</c> starts one by id.</summary>
internal static class SweepConfigsEndpoints
{
    public static void MapSweepConfigsEndpoints(this IEndpointRouteBuilder app)
    {
        var configs = app.MapGroup("/api/v1/sweep-configs").WithTags("Sweeps").RequireAuthorization(ApiPolicies.Reader);
        configs.MapPost("/", CreateAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Saves a sweep spec under a unique name; 201 with its Location.")
            .WithRequestExample(Example);
        configs.MapGet("/", ListAsync).WithSummary("Saved sweep specs by name.");
        configs.MapGet("/{id}", GetAsync).WithSummary("A saved sweep spec, with how often and when it was last used.");
        configs.MapPut("/{id}", ReplaceAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Replaces a saved sweep spec's name, description and spec.")
            .WithRequestExample(Example);
        configs.MapDelete("/{id}", DeleteAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Deletes a saved sweep spec; sweeps started from it keep running and keep their results.");
    }

    private static object Example => new
    {
        Name = "Frequency power",
        Description = "how strongly to favour hot numbers",
        Spec = new
        {
            Version = 1,
            Name = "power_grid",
            BaseRecipe = new { Version = 1, Name = "base", Strategy = "frequency", Seed = 7, Parameters = new { SimPreds = 10 } },
            Parameters = new[] { new { Name = "power", Type = "range", Min = 0, Max = 2, Step = 0.5 } },
            Replicates = 3,
        },
    };

    private static async Task<Results<Created<SweepConfigView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SweepConfigBody body, SweepConfigStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var spec = body.Check(errors);
        if (spec is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var created = await store.CreateAsync(body.Name!, body.Description, spec, cancellationToken);
        return created is null
            ? NameTaken(body.Name!)
            : TypedResults.Created($"/api/v1/sweep-configs/{created.Id}", SweepConfigView.From(created));
    }

    private static async Task<Results<Ok<Page<SweepConfigView>>, ValidationProblem>> ListAsync(
        SweepConfigStore store, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = Cursor.Limit(limit, errors);
        var after = Cursor.Decode(cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var configs = await store.ListAsync(after, size, cancellationToken);
        var items = configs.Take(size).Select(SweepConfigView.From).ToArray();
        return TypedResults.Ok(new Page<SweepConfigView>(items, configs.Count > size ? Cursor.Encode(items[^1].Id) : null));
    }

    private static async Task<Results<Ok<SweepConfigView>, ProblemHttpResult>> GetAsync(string id, SweepConfigStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } config ? TypedResults.Ok(SweepConfigView.From(config)) : NotFound(id);

    private static async Task<Results<Ok<SweepConfigView>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id, SweepConfigBody body, SweepConfigStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var spec = body.Check(errors);
        if (spec is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (config, nameTaken) = await store.UpdateAsync(id, body.Name!, body.Description, spec, cancellationToken);
        return nameTaken ? NameTaken(body.Name!)
            : config is null ? NotFound(id)
            : TypedResults.Ok(SweepConfigView.From(config));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, SweepConfigStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such sweep config.", detail: $"No sweep config has id '{id}'.");

    private static ProblemHttpResult NameTaken(string name) => ConfigNames.Taken("sweep config", name);

    /// <summary>A sweep config as sent: a name, an optional description and the spec.</summary>
    internal sealed record SweepConfigBody(string? Name, string? Description, JsonElement? Spec)
    {
        /// <summary>The spec's JSON when the whole body is valid; otherwise null with every problem recorded.</summary>
        public string? Check(Dictionary<string, string[]> errors)
        {
            ConfigNames.Check(Name, Description, errors);
            var spec = SweepSpecBody.Check(Spec, errors);
            return errors.Count > 0 ? null : spec;
        }
    }

    /// <summary>A saved sweep config as the API shows it; the spec as it was saved.</summary>
    internal sealed record SweepConfigView(
        string Id,
        string Name,
        string? Description,
        JsonElement Spec,
        int TimesUsed,
        DateTimeOffset? LastUsedAt,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt)
    {
        public static SweepConfigView From(SweepConfig config)
        {
            using var spec = JsonDocument.Parse(config.SpecJson);
            return new(config.Id, config.Name, config.Description, spec.RootElement.Clone(), config.TimesUsed, config.LastUsedAt,
                config.CreatedAt, config.UpdatedAt);
        }
    }
}
