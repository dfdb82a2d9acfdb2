using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.Api.Tests.Security;
using LuckyFive.TestSupport;
using LuckyFive.Silo;

namespace LuckyFive.Api.Tests;

/// <summary>The API as a cluster client of a silo host running beside it.</summary>
public sealed class ClientApiTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task ClientMode_SiloRunningThenStopped_ListsItAndThenIsNotReady()
    {
        var database = await postgres.Server.CreateDatabaseAsync();
        var clusterId = $"c{Guid.NewGuid():N}";
        var silo = await RunningApp.StartAsync(SiloHost.Build(RunningApp.Arguments(database, clusterId)));
        await using var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(database, clusterId)));
        using var admin = ApiKeys.AdminClient(api);

        using (var ready = JsonDocument.Parse(await api.Http.GetStringAsync(new Uri("/readyz", UriKind.Relative))))
        {
            Assert.Equal("client", ready.RootElement.GetProperty("mode").GetString());
        }

        using (var silos = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative))))
        {
            var listed = Assert.Single(silos.RootElement.EnumerateArray());
            Assert.Equal("Active", listed.GetProperty("status").GetString());
        }

        await silo.DisposeAsync();
        var response = await api.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("No gateway of the cluster answers", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A call that finds no silo is the cluster being unavailable, not a server fault.
        var call = await admin.GetAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative));
        using var unavailable = JsonDocument.Parse(await call.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, call.StatusCode);
        Assert.Equal("application/problem+json", call.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The cluster is not available.", unavailable.RootElement.GetProperty("title").GetString());
        Assert.Equal("nosniff", call.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotNull(call.Headers.RetryAfter);
    }

    [Fact]
    public async Task Cluster_TwoSilos_ListsBothActiveAndActivationsByTypeSummedOverThem()
    {
        var database = await postgres.Server.CreateDatabaseAsync();
        var clusterId = $"c{Guid.NewGuid():N}";
        await using var first = await RunningApp.StartAsync(SiloHost.Build(RunningApp.Arguments(database, clusterId)));
        await using var second = await RunningApp.StartAsync(SiloHost.Build(RunningApp.Arguments(database, clusterId)));
        await using var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(database, clusterId)));
        using var admin = ApiKeys.AdminClient(api);
        await admin.GetStringAsync(new Uri("/api/v1/results?limit=1", UriKind.Relative));

        using var cluster = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/v1/cluster", UriKind.Relative)));

        var root = cluster.RootElement;
        Assert.Equal(2, root.GetProperty("active_silos").GetInt32());
        var addresses = root.GetProperty("silos").EnumerateArray().Select(s => s.GetProperty("address").GetString()).ToHashSet();
        Assert.Equal(2, addresses.Count);
        Assert.All(root.GetProperty("silos").EnumerateArray(), s => Assert.Equal("Active", s.GetProperty("status").GetString()));
        var types = root.GetProperty("activations").EnumerateArray().ToList();
        Assert.Contains(types, t => t.GetProperty("grain_type").GetString()!.Contains("drawquery", StringComparison.OrdinalIgnoreCase));
        Assert.All(types, t =>
        {
            var perSilo = t.GetProperty("per_silo").EnumerateObject().ToList();
            Assert.All(perSilo, p => Assert.Contains(p.Name, addresses));
            Assert.Equal(t.GetProperty("activations").GetInt32(), perSilo.Sum(p => p.Value.GetInt32()));
        });
    }

    [Fact]
    public async Task FinishedSimulation_ReadAgainAfterItsSiloStopped_IsAnsweredFromTheApi_WhileAnotherReadWaitsForTheCluster()
    {
        var database = await postgres.Server.CreateDatabaseAsync();
        var clusterId = $"c{Guid.NewGuid():N}";
        var silo = await RunningApp.StartAsync(SiloHost.Build(RunningApp.Arguments(database, clusterId)));
        await using var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(database, clusterId)));
        using var admin = ApiKeys.AdminClient(api);
        using (var import = new MultipartFormDataContent())
        {
            import.Add(new ByteArrayContent(await File.ReadAllBytesAsync(QuinaData.Workbook)), "file", "Quina.xlsx");
            (await admin.PostAsync(new Uri("/api/v1/results/import", UriKind.Relative), import)).EnsureSuccessStatusCode();
        }

        using var submitted = await admin.PostAsJsonAsync(new Uri("/api/v1/simulations", UriKind.Relative),
            new { recipe = new { strategy = "random", seed = 3 }, from_contest = 6801, to_contest = 6882, tickets = 2 });
        var location = submitted.Headers.Location!;
        var events = await admin.GetStringAsync(new Uri($"{location}/events", UriKind.Relative));
        var finished = await admin.GetStringAsync(location);

        await silo.DisposeAsync();
        using var again = await admin.GetAsync(location);
        using var unknown = await admin.GetAsync(new Uri("/api/v1/simulations/never-submitted", UriKind.Relative));

        Assert.Contains("event: completed", events, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(finished, await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unknown.StatusCode);
    }
}
