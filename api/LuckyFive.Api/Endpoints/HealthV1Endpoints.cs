using LuckyFive.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// The API's health for people and dashboards, without a key: the database, the active silos, the version and the
/// uptime. It says what is down but not why (the why can name hosts and ports); <c>/readyz</c> and the logs do.
/// </summary>
internal static class HealthV1Endpoints
{
    public static RouteHandlerBuilder MapHealthV1Endpoints(this IEndpointRouteBuilder app)
    {
        var started = TimeProvider.System.GetUtcNow();
        return app.MapGet("/api/v1/health", (IClusterClient client, LuckyFiveDatabase database, ApiMode mode, CancellationToken cancellationToken) =>
                GetAsync(client, database, mode, started, cancellationToken))
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("200 when the database answers and a silo is active, else 503 with the same body.")
            .AllowAnonymous();
    }

    internal static async Task<JsonHttpResult<Health>> GetAsync(
        IClusterClient client, LuckyFiveDatabase database, ApiMode mode, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var databaseTask = database.ProblemAsync(cancellationToken);
        var silosTask = HealthEndpoints.ActiveSilosAsync(client);
        var databaseUp = await databaseTask is null;
        var (active, clusterProblem) = await silosTask;
        var healthy = databaseUp && clusterProblem is null;
        var now = TimeProvider.System.GetUtcNow();
        var health = new Health(
            healthy ? "healthy" : "unhealthy",
            ApiVersion.Current,
            mode.Cohost ? "cohost" : "client",
            started,
            Math.Round((now - started).TotalSeconds, 1),
            new DatabaseHealth(databaseUp ? "ok" : "unavailable"),
            new SiloHealth(clusterProblem is null ? "ok" : "unavailable", active));
        return TypedResults.Json(health, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    internal sealed record Health(string Status, string Version, string Mode, DateTimeOffset StartedAt, double UptimeSeconds, DatabaseHealth Database, SiloHealth Silos);

    internal sealed record DatabaseHealth(string Status);

    internal sealed record SiloHealth(string Status, int Active);
}
