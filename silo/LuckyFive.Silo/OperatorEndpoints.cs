using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Hosting;

namespace LuckyFive.Silo;

/// <summary>What operators and orchestrators ask a silo over HTTP.</summary>
internal static class OperatorEndpoints
{
    public static void MapOperatorEndpoints(this IEndpointRouteBuilder app)
    {
        // Liveness: the process answers. Restarting it will not fix a database or cluster problem, so nothing else.
        app.MapGet("/healthz", () => Results.Text("ok"));

        // Readiness: the silo has joined the cluster and its database answers.
        app.MapGet("/readyz", async (ILocalSiloDetails silo, PostgresRuntimeDataSource database, CancellationToken cancellationToken) =>
        {
            var problems = new List<string>();
            if (silo.Status != SiloStatus.Active)
            {
                problems.Add($"The silo is {silo.Status}, not Active.");
            }

            if (await DatabaseProblemAsync(database, cancellationToken) is { } databaseProblem)
            {
                problems.Add(databaseProblem);
            }

            return problems.Count == 0
                ? Results.Ok(new Readiness("ready", silo.Name, silo.ClusterId, silo.SiloAddress.ToString(), silo.Status.ToString()))
                : Results.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status503ServiceUnavailable, title: "The silo is not ready.");
        });

        app.MapGet("/metrics", (PrometheusMetrics metrics) => Results.Text(metrics.Scrape(), PrometheusMetrics.ContentType));

        // This silo's own figures, through the same management grain calls the dashboard uses.
        app.MapGet("/stats", async (ILocalSiloDetails silo, IGrainFactory grains) =>
        {
            var control = grains.GetGrain<ISiloControl>(silo.SiloAddress.ToString());
            var load = await control.GetRuntimeStatistics();
            var activations = await control.GetSimpleGrainStatistics();
            var methods = await control.GetMethodStatistics();
            return Results.Ok(new SiloStats(
                silo.Name,
                silo.ClusterId,
                silo.SiloAddress.ToString(),
                silo.Status.ToString(),
                load,
                activations.OrderBy(a => a.GrainType, StringComparer.Ordinal).ToDictionary(a => a.GrainType, a => a.ActivationCount),
                methods.Select(m => MethodStats.From(m.Statistics))
                    .OrderBy(m => m.GrainType, StringComparer.Ordinal).ThenBy(m => m.Method, StringComparer.Ordinal).ToArray()));
        });
    }

    private static async Task<string?> DatabaseProblemAsync(PostgresRuntimeDataSource database, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return null;
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return $"The database does not answer: {exception.Message}";
        }
    }

    private sealed record Readiness(string Status, string Silo, string ClusterId, string Address, string SiloStatus);

    private sealed record SiloStats(
        string Silo,
        string ClusterId,
        string Address,
        string Status,
        SiloRuntimeStatistics Load,
        IReadOnlyDictionary<string, int> Activations,
        MethodStats[] Methods);

    /// <summary>Per-method figures with durations in milliseconds, the unit of the call-duration metric.</summary>
    private sealed record MethodStats(string GrainType, string Method, long Calls, long Failures, double TotalMs, double AverageMs)
    {
        public static MethodStats From(GrainMethodStatistics s) =>
            new(s.GrainType, s.Method, s.Calls, s.Failures, s.TotalDuration.TotalMilliseconds, s.AverageDuration.TotalMilliseconds);
    }
}
