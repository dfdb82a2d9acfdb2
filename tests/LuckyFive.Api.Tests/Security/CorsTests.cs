using System.Net;

namespace LuckyFive.Api.Tests.Security;

/// <summary>Browsers may call from configured origins only; by default from none.</summary>
[Collection(SecuredApiTests.Name)]
public sealed class CorsTests(SecuredApiFixture fixture)
{
    private const string Allowed = "https://ui.example.com";

    [Fact]
    public async Task NoOriginsConfigured_Preflight_GrantsNothing()
    {
        using var response = await PreflightAsync(fixture.Api.Http, Allowed);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task OriginConfigured_PreflightAndCall_AreGrantedToItAndNoOther()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync();
        await using var api = await RunningApp.StartAsync(ApiHost.Build(RunningApp.Arguments(
            database, $"c{Guid.NewGuid():N}", ApiHost.CohostFlag, $"--LuckyFive:Api:Cors:AllowedOrigins:0={Allowed}")));

        using var granted = await PreflightAsync(api.Http, Allowed);
        using var refused = await PreflightAsync(api.Http, "https://evil.example.com");
        using var call = new HttpRequestMessage(HttpMethod.Get, "/api/v1/keys");
        call.Headers.Add("Origin", Allowed);
        call.Headers.Add("X-Api-Key", ApiKeys.BootstrapAdminKey);
        using var answer = await api.Http.SendAsync(call);

        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        Assert.Equal(Allowed, granted.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-api-key", granted.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(granted.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Allowed, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Location", answer.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ui.example.com")]
    [InlineData("https://ui.example.com/app")]
    [InlineData("*")]
    public void OriginNotAnOrigin_Build_FailsNamingIt(string origin)
    {
        var failure = Assert.Throws<LuckyFive.Hosting.LuckyFiveConfigurationException>(() =>
            ApiHost.Build(RunningApp.Arguments("Host=127.0.0.1", "c", $"--LuckyFive:Api:Cors:AllowedOrigins:0={origin}")));

        Assert.Contains($"LuckyFive:Api:Cors:AllowedOrigins: '{origin}' is not an origin", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/keys");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key, content-type");
        return await client.SendAsync(request);
    }
}
