using System.Net;
using System.Text.Json;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;

namespace LuckyFive.Api.Tests;

/// <summary>The single-process set-up: the API with a silo in the same process.</summary>
public sealed class CohostedApiFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private RunningApp? _api;

    public RunningApp Api => _api ?? throw new InvalidOperationException("The API has not started.");

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var database = await _postgres.Server.CreateDatabaseAsync();
        _api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(database, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag)));
    }

    public async Task DisposeAsync()
    {
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
        using var body = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/cluster/silos", UriKind.Relative)));

        var silo = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        Assert.True(silo.GetProperty("load").GetProperty("maximum_available_memory_bytes").GetInt64() > 0);
    }

    [Fact]
    public async Task ClusterGrainsAndMethods_AfterAQuery_ShowTheManagementGrainsAtWork()
    {
        await Http.GetStringAsync(new Uri("/api/cluster/silos", UriKind.Relative));

        using var grains = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/cluster/grains", UriKind.Relative)));
        using var methods = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/cluster/methods", UriKind.Relative)));

        Assert.Contains(grains.RootElement.EnumerateArray(), g => g.GetProperty("grain_type").GetString() == "sys.silocontrol" && g.GetProperty("activations").GetInt32() == 1);
        Assert.Contains(methods.RootElement.EnumerateArray(), m =>
            m.GetProperty("grain_type").GetString() == "sys.management" && m.GetProperty("method").GetString() == "GetHosts" && m.GetProperty("calls").GetInt64() >= 1);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheClusterEndpoints()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/cluster/silos", out _));
        Assert.True(paths.TryGetProperty("/api/cluster/grains", out _));
        Assert.True(paths.TryGetProperty("/api/cluster/methods", out _));
        Assert.False(paths.TryGetProperty("/healthz", out _));
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
    }

    [Fact]
    public async Task Metrics_AfterRequests_ExposeHttpAndGrainCallFigures()
    {
        await Http.GetStringAsync(new Uri("/api/cluster/silos", UriKind.Relative));

        var text = await Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/cluster/silos\"", text, StringComparison.Ordinal);
        Assert.Contains("luckyfive_grain_calls_total{grain_type=\"sys.management\",method=\"GetHosts\"}", text, StringComparison.Ordinal);
    }
}
