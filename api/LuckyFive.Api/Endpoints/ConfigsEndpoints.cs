using System.Diagnostics;
using System.Globalization;
using LuckyFive.Api.Security;
using LuckyFive.Domain.Strategies;
using LuckyFive.GrainInterfaces.Simulations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// Saved configs: simulation requests kept under a name, with tags and a default per mode (the strategy they run);
/// create, list, read, replace (with <c>If-Match</c>), delete, make the default, and run one as a new simulation.
/// </summary>
internal static class ConfigsEndpoints
{
    private static readonly object s_example = new
    {
        Name = "Hot numbers, 5 tickets",
        Description = "frequency strategy over the last 100 draws",
        Tags = new[] { "frequency", "short" },
        Recipe = new { Strategy = "frequency", Seed = 7, Parameters = new { Power = 1.5 } },
        FromContest = 6501,
        ToContest = 6600,
        Tickets = 5,
        Window = 100,
    };

    public static void MapConfigsEndpoints(this IEndpointRouteBuilder app)
    {
        var configs = app.MapGroup("/api/v1/configs").WithTags("Saved configs").RequireAuthorization(ApiPolicies.Reader);
        configs.MapPost("/", CreateAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Saves a simulation request under a unique name, with tags; 201 with its Location and ETag.")
            .WithRequestExample(s_example);
        configs.MapGet("/", ListAsync).WithSummary("Saved configs by name, optionally with a tag or of a mode.");
        configs.MapGet("/{id}", GetAsync).WithSummary("A saved config, with how often and when it last ran; its ETag in the header.");
        configs.MapPut("/{id}", ReplaceAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Replaces a saved config (the same body as POST); with If-Match, only if it is still at that ETag (else 412).")
            .WithRequestExample(s_example);
        configs.MapDelete("/{id}", DeleteAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Deletes a saved config; simulations run from it keep their results.");
        configs.MapPost("/{id}/default", SetDefaultAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Makes the config the default of its mode; the previous default stops being one in the same step.");
        configs.MapGet("/defaults/{mode}", GetDefaultAsync).WithSummary("The default config of a mode (a strategy name).");
        configs.MapPost("/{id}/run", RunAsync).RequireAuthorization(ApiPolicies.Runner)
            .WithSummary("Runs the config as a new simulation, with optional seed, range or ledger overrides; 202 with its Location.")
            .WithRequestExample(new { Seed = 11, FromContest = 6591, ToContest = 6600 });
    }

    private static async Task<Results<Created<SavedConfigView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SavedConfigBody body, SavedConfigStore store, IClusterClient cluster, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (tags, spec) = await CheckAsync(body, cluster, errors);
        if (spec is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await store.CreateAsync(body.Name!, body.Description, body, tags, spec.Strategy, cancellationToken) is not { } created)
        {
            return ConfigNames.Taken("config", body.Name!);
        }

        var view = WithETag(response, created);
        return TypedResults.Created(view.Links.Self, view);
    }

    private static async Task<Results<Ok<Page<SavedConfigView>>, ValidationProblem>> ListAsync(
        SavedConfigStore store, string? tag, string? mode, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = Cursor.Limit(limit, errors);
        var after = DecodeCursor(cursor, errors);
        var strategy = mode is null ? null : StrategyCatalog.Find(mode);
        if (mode is not null && strategy is null)
        {
            errors["mode"] = [$"unknown mode '{mode}'; a mode is a strategy, one of {KnownModes}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var configs = await store.ListAsync(tag, strategy, after, size, cancellationToken);
        var items = configs.Take(size).Select(SavedConfigView.From).ToArray();
        var next = configs.Count > size ? Cursor.Encode($"{items[^1].Name}\n{items[^1].Id}") : null;
        return TypedResults.Ok(new Page<SavedConfigView>(items, next));
    }

    private static async Task<Results<Ok<SavedConfigView>, ProblemHttpResult>> GetAsync(
        string id, SavedConfigStore store, HttpResponse response, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } config ? TypedResults.Ok(WithETag(response, config)) : NotFound(id);

    private static async Task<Results<Ok<SavedConfigView>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id,
        SavedConfigBody body,
        SavedConfigStore store,
        IClusterClient cluster,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (tags, spec) = await CheckAsync(body, cluster, errors);
        if (spec is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (config, outcome) = await store.UpdateAsync(
            id, IfMatchVersions(http.Request), body.Name!, body.Description, body, tags, spec.Strategy, cancellationToken);
        return outcome switch
        {
            SavedConfigUpdate.Updated => TypedResults.Ok(WithETag(http.Response, config!)),
            SavedConfigUpdate.NameTaken => ConfigNames.Taken("config", body.Name!),
            SavedConfigUpdate.VersionChanged => Changed(http, config!),
            _ => NotFound(id),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, SavedConfigStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<SavedConfigView>, ProblemHttpResult>> SetDefaultAsync(
        string id, SavedConfigStore store, HttpResponse response, CancellationToken cancellationToken) =>
        await store.SetDefaultAsync(id, cancellationToken) is { } config ? TypedResults.Ok(WithETag(response, config)) : NotFound(id);

    private static async Task<Results<Ok<SavedConfigView>, ProblemHttpResult>> GetDefaultAsync(
        string mode, SavedConfigStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var strategy = StrategyCatalog.Find(mode);
        if (strategy is not null && await store.GetDefaultAsync(strategy, cancellationToken) is { } config)
        {
            return TypedResults.Ok(WithETag(response, config));
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No default config.",
            detail: strategy is null
                ? $"'{mode}' is not a mode; a mode is a strategy, one of {KnownModes}."
                : $"No config is the default of mode '{strategy}'; make one with POST /api/v1/configs/{{id}}/default.");
    }

    private static async Task<Results<Accepted<SimulationView>, ValidationProblem, ProblemHttpResult>> RunAsync(
        string id, SavedConfigRunBody? body, SavedConfigStore store, IClusterClient cluster, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } config)
        {
            return NotFound(id);
        }

        var submitted = await SimulationSubmission.SubmitAsync(body?.Apply(config.Request) ?? config.Request, cluster);
        switch (submitted.Result)
        {
            case Accepted<SimulationView> accepted:
                await store.MarkUsedAsync(id, cancellationToken);
                return accepted;
            case ValidationProblem problem:
                return problem;
            default:
                throw new UnreachableException($"Unexpected submission result {submitted.Result.GetType()}.");
        }
    }

    private static string KnownModes => string.Join(", ", StrategyCatalog.Names.Order(StringComparer.Ordinal));

    // Name, description and tags, and the request checked as a submission would be against the current draws.
    private static async Task<(IReadOnlyList<string> Tags, SimulationSpec? Spec)> CheckAsync(
        SavedConfigBody body, IClusterClient cluster, Dictionary<string, string[]> errors)
    {
        ConfigNames.Check(body.Name, body.Description, errors);
        var tags = body.CheckTags(errors);
        var spec = await SimulationSubmission.CheckAsync(body, cluster, errors);
        return (tags, errors.Count > 0 ? null : spec);
    }

    // The versions If-Match allows: null for none given or "*"; a tag that is not one of ours matches no version.
    private static int[]? IfMatchVersions(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return [];
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        return
        [
            .. tags.Where(t => !t.IsWeak)
                .Select(t => int.TryParse(t.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Where(v => v > 0),
        ];
    }

    private static SavedConfigView WithETag(HttpResponse response, SavedConfig config)
    {
        response.Headers.ETag = SavedConfigView.ETag(config.Version);
        return SavedConfigView.From(config);
    }

    private static ProblemHttpResult Changed(HttpContext http, SavedConfig current)
    {
        http.Response.Headers.ETag = SavedConfigView.ETag(current.Version);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The config has changed since it was read.",
            detail: $"If-Match is {http.Request.Headers.IfMatch}, but config {current.Id} is at ETag {SavedConfigView.ETag(current.Version)}; "
                + "read it again and apply the change to that.");
    }

    // The cursor is the previous page's last name and id, so a deleted config never loses the place.
    private static (string Name, string Id)? DecodeCursor(string? cursor, Dictionary<string, string[]> errors)
    {
        if (Cursor.Decode(cursor, errors) is not { } position)
        {
            return null;
        }

        var parts = position.Split('\n');
        if (parts.Length == 2)
        {
            return (parts[0], parts[1]);
        }

        errors["cursor"] = ["not a cursor this API returned; pass next_cursor from the previous page as it is"];
        return null;
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such config.", detail: $"No saved config has id '{id}'.");
}
