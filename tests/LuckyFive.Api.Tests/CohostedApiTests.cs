using System.Net;
using System.Text.Json;
using LuckyFive.Api.Tests.Security;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests;

/// <summary>The single-process set-up: the API with a silo in the same process.</summary>
public sealed class CohostedApiFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private RunningApp? _api;
    private HttpClient? _admin;

    public RunningApp Api => _api ?? throw new InvalidOperationException("The API has not started.");

    /// <summary>A client with the bootstrap admin key.</summary>
    public HttpClient Admin => _admin ??= ApiKeys.AdminClient(Api);

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var database = await _postgres.Server.CreateDatabaseAsync();
        _api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(database, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag)));
    }

    public async Task DisposeAsync()
    {
        _admin?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}

public sealed class CohostedApiTests(CohostedApiFixture fixture) : IClassFixture<CohostedApiFixture>
{
    private HttpClient Http => fixture.Api.Http;

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Readyz_CohostedSiloActive_ReportsReadyWithOneSilo()
    {
        using var body = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/readyz", UriKind.Relative)));

        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("cohost", body.RootElement.GetProperty("mode").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("active_silos").GetInt32());
    }

    [Fact]
    public async Task ClusterSilos_OneCohostedSilo_ListsItActiveWithItsLoad()
    {
        using var body = JsonDocument.Parse(await Admin.GetStringAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative)));

        var silo = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        Assert.True(silo.GetProperty("load").GetProperty("maximum_available_memory_bytes").GetInt64() > 0);
    }

    [Fact]
    public async Task ClusterGrains_AfterAQuery_ListActivationsByGrainTypeOnTheSilo()
    {
        await Admin.GetStringAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative));

        using var silos = JsonDocument.Parse(await Admin.GetStringAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative)));
        using var grains = JsonDocument.Parse(await Admin.GetStringAsync(new Uri("/api/v1/cluster/grains", UriKind.Relative)));

        var address = Assert.Single(silos.RootElement.EnumerateArray()).GetProperty("address").GetString();
        Assert.NotEmpty(grains.RootElement.EnumerateArray());
        Assert.All(grains.RootElement.EnumerateArray(), g =>
        {
            Assert.Equal(address, g.GetProperty("silo").GetString());
            Assert.True(g.GetProperty("activations").GetInt32() >= 1);
            Assert.False(string.IsNullOrEmpty(g.GetProperty("grain_type").GetString()));
        });
    }

    [Fact]
    public async Task Dashboard_ServesItsPageAndLiveClusterFigures()
    {
        var page = await Admin.GetAsync(new Uri("/dashboard/", UriKind.Relative));

        // The dashboard collects its figures once a second: the first answers may predate them.
        var hosts = 0;
        for (var attempt = 0; attempt < 50 && hosts == 0; attempt++)
        {
            using var stats = JsonDocument.Parse(await Admin.GetStringAsync(new Uri("/dashboard/DashboardCounters", UriKind.Relative)));
            hosts = stats.RootElement.GetProperty("totalActiveHostCount").GetInt32();
            await Task.Delay(hosts == 0 ? 200 : 0);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, hosts);
        // The dashboard's own styles may be inline; its scripts, like everything else, come only from this origin.
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheClusterEndpoints()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/cluster/silos", out _));
        Assert.True(paths.TryGetProperty("/api/v1/cluster/grains", out _));
        Assert.False(paths.TryGetProperty("/healthz", out _));
        Assert.False(paths.TryGetProperty("/metrics", out _));
    }

    [Fact]
    public async Task UnknownRoute_Answers404ProblemDetailsWithSecurityHeaders()
    {
        var response = await Http.GetAsync(new Uri("/no/such/thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("default-src 'self'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Metrics_AfterRequests_ExposeHttpAndOrleansFigures()
    {
        await Admin.GetStringAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative));

        var text = await Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/v1/cluster/silos\"", text, StringComparison.Ordinal);
        Assert.Contains("otel_scope_name=\"Microsoft.Orleans\"", text, StringComparison.Ordinal);
    }
}
