using LuckyFive.Hosting;
using Orleans.Runtime;

namespace LuckyFive.Silo;

/// <summary>What operators and orchestrators ask a silo over HTTP.</summary>
internal static class OperatorEndpoints
{
    public static void MapOperatorEndpoints(this IEndpointRouteBuilder app)
    {
        // Liveness: the process answers. Restarting it will not fix a database or cluster problem, so nothing else.
        app.MapGet("/healthz", () => Results.Text("ok"));

        // Readiness: this silo is an Active member of the cluster and its database answers.
        app.MapGet("/readyz", async (ISiloStatusOracle silo, LuckyFiveDatabase database, LuckyFiveClusterOptions options, CancellationToken cancellationToken) =>
        {
            var problems = new List<string>();
            if (silo.CurrentStatus != SiloStatus.Active)
            {
                problems.Add($"The silo is {silo.CurrentStatus}, not Active.");
            }

            if (await database.ProblemAsync(cancellationToken) is { } databaseProblem)
            {
                problems.Add(databaseProblem);
            }

            return problems.Count == 0
                ? Results.Ok(new Readiness("ready", silo.SiloName, options.ClusterId, silo.SiloAddress.ToString(), silo.CurrentStatus.ToString()))
                : Results.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status503ServiceUnavailable, title: "The silo is not ready.");
        });

        app.MapPrometheusScrapingEndpoint("/metrics");

        // This silo's own figures, through the management grain the dashboard also uses.
        app.MapGet("/stats", async (ISiloStatusOracle silo, IGrainFactory grains) =>
        {
            var management = grains.GetGrain<IManagementGrain>(0);
            SiloAddress[] self = [silo.SiloAddress];
            var load = (await management.GetRuntimeStatistics(self)).Single();
            var activations = await management.GetSimpleGrainStatistics(self);
            return Results.Ok(new SiloStats(
                silo.SiloName,
                silo.SiloAddress.ToString(),
                silo.CurrentStatus.ToString(),
                SiloLoad.From(load),
                activations.GroupBy(a => a.GrainType, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(a => a.ActivationCount))));
        });
    }

    private sealed record Readiness(string Status, string Silo, string ClusterId, string Address, string SiloStatus);

    private sealed record SiloStats(string Silo, string Address, string Status, SiloLoad Load, IReadOnlyDictionary<string, int> Activations);
}
