using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Api;

/// <summary>Liveness, readiness and metrics.</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan s_databaseTimeout = TimeSpan.FromSeconds(2);

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();

        // Ready when the database answers and at least one silo is active: the two things every request needs.
        app.MapGet("/readyz", async (IMembershipTable membership, ApiMode mode, CancellationToken cancellationToken) =>
        {
            MembershipTableData table;
            try
            {
                table = await membership.ReadAll().WaitAsync(s_databaseTimeout, cancellationToken);
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return Results.Problem($"The database does not answer: {exception.Message}", statusCode: StatusCodes.Status503ServiceUnavailable, title: "The API is not ready.");
            }

            var active = table.Members.Count(m => m.Entry.Status == SiloStatus.Active);
            return active > 0
                ? Results.Ok(new Readiness("ready", mode.Cohost ? "cohost" : "client", active))
                : Results.Problem("No silo of the cluster is active.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "The API is not ready.");
        }).ExcludeFromDescription();

        app.MapGet("/metrics", (PrometheusMetrics metrics) => Results.Text(metrics.Scrape(), PrometheusMetrics.ContentType)).ExcludeFromDescription();
    }

    private sealed record Readiness(string Status, string Mode, int ActiveSilos);
}
