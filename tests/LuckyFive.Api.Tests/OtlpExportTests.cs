using System.Collections.Concurrent;
using System.Text;
using LuckyFive.Api.Tests.Security;
using LuckyFive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LuckyFive.Api.Tests;

/// <summary>OTLP export to a collector stand-in: a real HTTP server that records what it is sent.</summary>
public sealed class OtlpExportTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task OtlpEndpointConfigured_RequestThroughTheApi_SpansAndMetricsReachTheCollector()
    {
        var received = new ConcurrentQueue<(string Path, string ContentType, byte[] Body)>();
        var collectorBuilder = WebApplication.CreateSlimBuilder();
        collectorBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var collector = collectorBuilder.Build();
        collector.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((request.Path, request.ContentType ?? "", body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();
        var database = await postgres.Server.CreateDatabaseAsync();
        var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(
            database,
            $"c{Guid.NewGuid():N}",
            ApiHost.CohostFlag,
            $"--OTEL_EXPORTER_OTLP_ENDPOINT={collector.Urls.First()}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf")));

        using (var admin = ApiKeys.AdminClient(api))
        {
            await admin.GetStringAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative));
        }

        await api.DisposeAsync(); // Stopping flushes what the exporters hold.

        var traces = received.Where(r => r.Path == "/v1/traces").ToArray();
        var metrics = received.Where(r => r.Path == "/v1/metrics").ToArray();
        Assert.NotEmpty(traces);
        Assert.NotEmpty(metrics);
        Assert.All(received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        // Protobuf keeps strings as UTF-8: the span names, service name and metric names are readable in the bytes.
        var traceText = Encoding.UTF8.GetString(traces.SelectMany(t => t.Body).ToArray());
        Assert.Contains("IManagementGrain/GetDetailedHosts", traceText, StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/cluster/silos", traceText, StringComparison.Ordinal);
        Assert.Contains("luckyfive-api", traceText, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Orleans", Encoding.UTF8.GetString(metrics.SelectMany(m => m.Body).ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void OtlpEndpointNotAUri_BuildFailsNamingTheSetting()
    {
        var failure = Assert.Throws<LuckyFive.Hosting.LuckyFiveConfigurationException>(() =>
            ApiHost.Build(RunningApp.Arguments("Host=127.0.0.1", "c", "--OTEL_EXPORTER_OTLP_ENDPOINT=not a uri")));

        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", failure.Message, StringComparison.Ordinal);
    }
}
