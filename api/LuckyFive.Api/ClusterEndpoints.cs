using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Api;

/// <summary>What operators see of the cluster: silos and their load, activations by grain type, method statistics.</summary>
internal static class ClusterEndpoints
{
    public static void MapClusterEndpoints(this IEndpointRouteBuilder app)
    {
        var cluster = app.MapGroup("/api/cluster").WithTags("Cluster");

        cluster.MapGet("/silos", async (IClusterClient client) =>
        {
            var management = client.GetGrain<IManagementGrain>(0);
            var hosts = await management.GetHosts();
            var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
            var loads = (await management.GetRuntimeStatistics(active)).Zip(active).ToDictionary(p => p.Second, p => p.First);
            return hosts.Select(h => new SiloView(h.SiloName, h.SiloAddress.ToString(), h.Status.ToString(), h.StartTime, loads.GetValueOrDefault(h.SiloAddress))).ToArray();
        })
        .WithSummary("Silos of the cluster, with the load of the active ones.");

        cluster.MapGet("/grains", async (IClusterClient client) =>
            (await client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
                .OrderBy(s => s.GrainType, StringComparer.Ordinal).ThenBy(s => s.SiloAddress.ToString(), StringComparer.Ordinal)
                .Select(s => new GrainCount(s.GrainType, s.SiloAddress.ToString(), s.ActivationCount))
                .ToArray())
        .WithSummary("Activations by grain type on each active silo.");

        cluster.MapGet("/methods", async (IClusterClient client) =>
            (await client.GetGrain<IManagementGrain>(0).GetMethodStatistics())
                .Select(m => new MethodView(m.SiloAddress.ToString(), m.Statistics.GrainType, m.Statistics.Method, m.Statistics.Calls, m.Statistics.Failures, m.Statistics.TotalDuration.TotalMilliseconds, m.Statistics.AverageDuration.TotalMilliseconds))
                .OrderBy(m => m.GrainType, StringComparer.Ordinal).ThenBy(m => m.Method, StringComparer.Ordinal).ThenBy(m => m.Silo, StringComparer.Ordinal)
                .ToArray())
        .WithSummary("Calls, failures and handling time (ms) per grain method on each active silo.");
    }

    internal sealed record SiloView(string Name, string Address, string Status, DateTime StartTime, SiloRuntimeStatistics? Load);

    internal sealed record GrainCount(string GrainType, string Silo, int Activations);

    internal sealed record MethodView(string Silo, string GrainType, string Method, long Calls, long Failures, double TotalMs, double AverageMs);
}
