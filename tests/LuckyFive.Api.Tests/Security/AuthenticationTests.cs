using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LuckyFive.Api.Security;

namespace LuckyFive.Api.Tests.Security;

/// <summary>Who may call what: keys in either header, 401 and 403 as ProblemDetails, roles in order, open operator endpoints.</summary>
[Collection(SecuredApiTests.Name)]
public sealed class AuthenticationTests(SecuredApiFixture fixture)
{
    private static readonly string[] s_policies = [ApiPolicies.Reader, ApiPolicies.Runner, ApiPolicies.Admin];

    [Fact]
    public async Task ProtectedEndpoint_NoKey_Answers401ProblemWithBearerChallenge()
    {
        using var response = await fixture.Api.Http.GetAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative));
        using var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"LuckyFive\"", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("An API key is required.", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("lf_no-such-key-0000000000000000000000000000")]
    [InlineData("'); DROP TABLE api_keys; --")]
    public async Task ProtectedEndpoint_UnknownKey_Answers401InvalidToken(string key)
    {
        using var client = ApiKeys.Client(fixture.Api, key);

        using var response = await client.GetAsync(new Uri("/api/v1/cluster/silos", UriKind.Relative));
        using var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().ToString(), StringComparison.Ordinal);
        Assert.Equal("The API key is not valid or has been revoked.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(1L, await fixture.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'api_keys'"));
    }

    [Fact]
    public async Task AdminKey_AsBearerOrAsXApiKey_IsAccepted()
    {
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cluster/silos");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKeys.BootstrapAdminKey);
        using var header = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cluster/silos");
        header.Headers.Add("X-Api-Key", ApiKeys.BootstrapAdminKey);

        using var byBearer = await fixture.Api.Http.SendAsync(bearer);
        using var byHeader = await fixture.Api.Http.SendAsync(header);

        Assert.Equal(HttpStatusCode.OK, byBearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
    }

    [Fact]
    public async Task TwoDifferentKeys_InBothHeaders_Answers401NamingTheConflict()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cluster/silos");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKeys.BootstrapAdminKey);
        request.Headers.Add("X-Api-Key", "lf_another-key-00000000000000000000000000");

        using var response = await fixture.Api.Http.SendAsync(request);
        using var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("different keys", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reader", new[] { true, false, false })]
    [InlineData("runner", new[] { true, true, false })]
    [InlineData("admin", new[] { true, true, true })]
    public async Task KeyOfRole_OnEachPolicy_PassesItsOwnAndWeakerPoliciesOnly(string role, bool[] allowed)
    {
        using var client = ApiKeys.Client(fixture.Api, await ApiKeys.CreateAsync(fixture.Api, role, $"probe {role}"));

        for (var i = 0; i < s_policies.Length; i++)
        {
            using var response = await client.GetAsync(new Uri(SecuredApiFixture.ProbePath(s_policies[i]), UriKind.Relative));

            Assert.Equal(allowed[i] ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
            if (allowed[i])
            {
                Assert.Equal($"probe {role}", await response.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task ReaderKey_OnAdminEndpoints_Answers403Problem()
    {
        using var reader = ApiKeys.Client(fixture.Api, await ApiKeys.CreateAsync(fixture.Api, ApiPolicies.Reader));

        foreach (var path in new[] { "/api/v1/cluster/silos", "/api/v1/cluster/grains", "/api/v1/keys", "/dashboard/" })
        {
            using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
            using var problem = await ProblemAsync(response);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("The API key's role does not allow this.", problem.RootElement.GetProperty("title").GetString());
            Assert.Contains("'reader'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dashboard_NoKey_SendsABrowserToSignInAndWithAdminKeyServesThePage()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Api.Http.BaseAddress };
        using var anonymous = await noRedirects.GetAsync(new Uri("/dashboard/", UriKind.Relative));
        using var admin = await fixture.Admin.GetAsync(new Uri("/dashboard/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/ui/sign-in?return_url=%2Fdashboard%2F", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/metrics")]
    [InlineData("/openapi/v1.json")]
    public async Task OperatorAndDocumentEndpoints_NoKey_Answer200(string path)
    {
        using var response = await fixture.Api.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
