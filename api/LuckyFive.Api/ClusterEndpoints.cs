using LuckyFive.Api.Security;
using LuckyFive.Hosting;
using Orleans.Runtime;

namespace LuckyFive.Api;

/// <summary>What operators see of the cluster, through Orleans' management grain: silos and their load, activations by grain type.</summary>
internal static class ClusterEndpoints
{
    public static void MapClusterEndpoints(this IEndpointRouteBuilder app)
    {
        var cluster = app.MapGroup("/api/v1/cluster").WithTags("Cluster").RequireAuthorization(ApiPolicies.Admin);

        cluster.MapGet("/", async (IClusterClient client) =>
        {
            var silos = await SilosAsync(client);
            var grains = await GrainsAsync(client);
            var byType = grains
                .GroupBy(g => g.GrainType, StringComparer.Ordinal)
                .Select(g => new GrainTypeCount(g.Key, g.Sum(c => c.Activations), g.ToDictionary(c => c.Silo, c => c.Activations, StringComparer.Ordinal)))
                .ToArray();
            return new ClusterView(silos.Count(s => s.Status == nameof(SiloStatus.Active)), silos, byType);
        })
        .WithName("GetCluster")
        .WithSummary("The cluster at a glance: silos with their status and load, and activations by grain type over all active silos.");

        cluster.MapGet("/silos", async (IClusterClient client) => await SilosAsync(client))
            .WithSummary("Silos of the cluster (the membership table), with the load of the active ones.");

        cluster.MapGet("/grains", async (IClusterClient client) => await GrainsAsync(client))
            .WithSummary("Activations by grain type on each active silo.");
    }

    private static async Task<SiloView[]> SilosAsync(IClusterClient client)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts();
        var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
        var loads = active.Length == 0
            ? []
            : (await management.GetRuntimeStatistics(active)).Zip(active).ToDictionary(p => p.Second, p => SiloLoad.From(p.First));
        return hosts
            .OrderBy(h => h.SiloName, StringComparer.Ordinal).ThenBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(h => new SiloView(h.SiloName, h.SiloAddress.ToString(), h.HostName, h.Status.ToString(), h.ProxyPort, h.StartTime, loads.GetValueOrDefault(h.SiloAddress)))
            .ToArray();
    }

    private static async Task<GrainCount[]> GrainsAsync(IClusterClient client) =>
        (await client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .OrderBy(s => s.GrainType, StringComparer.Ordinal).ThenBy(s => s.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(s => new GrainCount(s.GrainType, s.SiloAddress.ToString(), s.ActivationCount))
            .ToArray();

    internal sealed record ClusterView(int ActiveSilos, SiloView[] Silos, GrainTypeCount[] Activations);

    internal sealed record SiloView(string Name, string Address, string HostName, string Status, int GatewayPort, DateTime StartTime, SiloLoad? Load);

    internal sealed record GrainCount(string GrainType, string Silo, int Activations);

    internal sealed record GrainTypeCount(string GrainType, int Activations, IReadOnlyDictionary<string, int> PerSilo);
}
