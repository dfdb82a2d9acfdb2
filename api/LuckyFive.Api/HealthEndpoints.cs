using LuckyFive.Hosting;
using Orleans.Runtime;

namespace LuckyFive.Api;

/// <summary>Liveness, readiness and metrics.</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan s_clusterTimeout = TimeSpan.FromSeconds(2);

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription().AllowAnonymous().DisableRateLimiting();

        // Ready when the database answers and the cluster does: a gateway (or the co-hosted silo) answers the
        // management grain with at least one active silo. Every request needs both.
        app.MapGet("/readyz", async (IClusterClient client, LuckyFiveDatabase database, ApiMode mode, CancellationToken cancellationToken) =>
        {
            var problems = new List<string>();
            if (await database.ProblemAsync(cancellationToken) is { } databaseProblem)
            {
                problems.Add(databaseProblem);
            }

            var (active, clusterProblem) = await ActiveSilosAsync(client);
            if (clusterProblem is not null)
            {
                problems.Add(clusterProblem);
            }

            return problems.Count == 0
                ? Results.Ok(new Readiness("ready", mode.Cohost ? "cohost" : "client", active))
                : Results.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status503ServiceUnavailable, title: "The API is not ready.");
        }).ExcludeFromDescription().AllowAnonymous().DisableRateLimiting();

        app.MapPrometheusScrapingEndpoint("/metrics").ExcludeFromDescription().AllowAnonymous().DisableRateLimiting();
    }

    internal static async Task<(int Active, string? Problem)> ActiveSilosAsync(IClusterClient client)
    {
        try
        {
            var active = (await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(s_clusterTimeout)).Count;
            return (active, active == 0 ? "No silo of the cluster is active." : null);
        }
        catch (Exception exception) when (ClusterUnavailableHandler.IsClusterUnavailable(exception) || exception is OrleansException)
        {
            return (0, $"No gateway of the cluster answers: {exception.Message}");
        }
    }

    private sealed record Readiness(string Status, string Mode, int ActiveSilos);
}
