using System.Net;
using System.Text.Json;
using LuckyFive.Silo;

namespace LuckyFive.Api.Tests.Security;

/// <summary><c>GET /api/v1/health</c>: open to anyone, 200 while the database and a silo answer, 503 with the same body when not.</summary>
[Collection(SecuredApiTests.Name)]
public sealed class HealthV1Tests(SecuredApiFixture fixture)
{
    private static readonly Uri s_health = new("/api/v1/health", UriKind.Relative);

    [Fact]
    public async Task CohostedApi_NoKey_Answers200WithDatabaseSilosVersionAndUptime()
    {
        using var response = await fixture.Api.Http.GetAsync(s_health);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var health = body.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("cohost", health.GetProperty("mode").GetString());
        Assert.Equal("ok", health.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(1, health.GetProperty("silos").GetProperty("active").GetInt32());
        Assert.StartsWith(typeof(ApiHost).Assembly.GetName().Version!.ToString(3), health.GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.True(health.GetProperty("uptime_seconds").GetDouble() >= 0);
        Assert.True(health.GetProperty("started_at").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task ClientApi_AfterItsOnlySiloStops_Answers503WithTheSameShape()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync();
        var clusterId = $"c{Guid.NewGuid():N}";
        var silo = await RunningApp.StartAsync(SiloHost.Build(RunningApp.Arguments(database, clusterId)));
        await using var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(database, clusterId)));
        using (var before = await api.Http.GetAsync(s_health))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await silo.DisposeAsync();
        using var response = await api.Http.GetAsync(s_health);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        var health = body.RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        Assert.Equal("client", health.GetProperty("mode").GetString());
        Assert.Equal("ok", health.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("unavailable", health.GetProperty("silos").GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("silos").GetProperty("active").GetInt32());
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
    }
}
