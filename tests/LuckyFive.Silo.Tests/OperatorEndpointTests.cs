using System.Net;
using System.Text.Json;
using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LuckyFive.Silo.Tests;

public sealed class OperatorEndpointTests(RunningSiloFixture fixture) : IClassFixture<RunningSiloFixture>
{
    private RunningSilo Silo => fixture.Silo;

    [Fact]
    public async Task Healthz_ProcessUp_AnswersOk()
    {
        var response = await Silo.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_SiloJoinedAndDatabaseUp_ReportsReadyInSnakeCase()
    {
        var details = Silo.App.Services.GetRequiredService<ILocalSiloDetails>();

        using var body = JsonDocument.Parse(await Silo.Http.GetStringAsync(new Uri("/readyz", UriKind.Relative)));

        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Active", body.RootElement.GetProperty("silo_status").GetString());
        Assert.Equal(details.SiloAddress.ToString(), body.RootElement.GetProperty("address").GetString());
        Assert.Equal(details.ClusterId, body.RootElement.GetProperty("cluster_id").GetString());
    }

    [Fact]
    public async Task Metrics_AfterGrainCalls_ExposeCallsInPrometheusText()
    {
        var management = Silo.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await management.GetHosts();
        await management.GetHosts();

        var response = await Silo.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Matches("""luckyfive_grain_calls_total\{grain_type="sys\.management",method="GetHosts"\} [2-9]""", text);
        Assert.Contains("# TYPE luckyfive_grain_call_duration_milliseconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("luckyfive_grain_activations{grain_type=\"sys.management\"} 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_ReportsTheSiloItsLoadActivationsAndMethods()
    {
        var details = Silo.App.Services.GetRequiredService<ILocalSiloDetails>();

        using var body = JsonDocument.Parse(await Silo.Http.GetStringAsync(new Uri("/stats", UriKind.Relative)));
        var root = body.RootElement;

        Assert.Equal(details.SiloAddress.ToString(), root.GetProperty("address").GetString());
        Assert.Equal("Active", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("load").GetProperty("activation_count").GetInt32() >= 1);
        Assert.True(root.GetProperty("load").GetProperty("maximum_available_memory_bytes").GetInt64() > 0);
        Assert.Equal(1, root.GetProperty("activations").GetProperty("sys.silocontrol").GetInt32());
        Assert.Contains(root.GetProperty("methods").EnumerateArray(), m =>
            m.GetProperty("grain_type").GetString() == "sys.silocontrol" && m.GetProperty("calls").GetInt64() >= 1 && m.GetProperty("total_ms").GetDouble() > 0);
    }
}

public sealed class SiloStartAndReadinessTests(RunningSiloFixture fixture) : IClassFixture<RunningSiloFixture>
{
    [Fact]
    public async Task Readyz_DatabaseDropped_Answers503WithTheReason()
    {
        await using var silo = await RunningSilo.StartAsync(fixture.Server);
        var database = new NpgsqlConnectionStringBuilder(silo.ConnectionString).Database;
        await using (var admin = new NpgsqlConnection(fixture.Server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        var response = await silo.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("database does not answer", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ClusterSecretTooShort_FailsNamingTheKey()
    {
        var connectionString = await fixture.Server.CreateDatabaseAsync();
        await using var app = SiloHost.Build(RunningSilo.Arguments(connectionString, secret: "short"));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.Contains("ClusterSecret", failure.Message, StringComparison.Ordinal);
    }
}
