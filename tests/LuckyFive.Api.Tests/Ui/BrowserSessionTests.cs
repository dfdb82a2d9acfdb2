using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.Api.Security;
using LuckyFive.Api.Tests.Security;
using LuckyFive.Api.Tests.Simulations;

namespace LuckyFive.Api.Tests.Ui;

/// <summary>Signing in to the pages with an API key: the session cookie, what it opens, and what it never opens.</summary>
public sealed class BrowserSessionTests(SimulationsApiFixture fixture) : IClassFixture<SimulationsApiFixture>
{
    private Uri Base => fixture.Api.Http.BaseAddress!;

    [Fact]
    public async Task Page_WithoutSession_RedirectsToSignIn_KeepingThePath()
    {
        using var browser = new BrowserClient(Base);

        using var response = await browser.Http.GetAsync(new Uri("/ui/leaderboard?metric=z", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ui/sign-in?return_url=%2Fui%2Fleaderboard%3Fmetric%3Dz", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_ValidKey_SetsAnHttpOnlyStrictSessionCookie_AndGoesBack()
    {
        using var browser = new BrowserClient(Base);

        using var signedIn = await browser.SignInAsync(fixture.ReaderKey, "/ui/leaderboard");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/ui/leaderboard", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(BrowserSessions.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(fixture.ReaderKey, cookie, StringComparison.Ordinal);
        var overview = await browser.Http.GetStringAsync(new Uri("/ui", UriKind.Relative));
        Assert.Contains("test reader", overview, StringComparison.Ordinal);
        Assert.Contains("<h1>Overview</h1>", overview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lf_not-a-key-anyone-has", HttpStatusCode.Unauthorized, "not valid or has been revoked")]
    [InlineData("   ", HttpStatusCode.BadRequest, "Enter an API key.")]
    public async Task SignIn_BadKey_ShowsWhy_AndStartsNoSession(string key, HttpStatusCode status, string reason)
    {
        using var browser = new BrowserClient(Base);

        using var response = await browser.SignInAsync(key);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == BrowserSessions.CookieName);
    }

    [Fact]
    public async Task SignIn_WithoutTheFormToken_IsRefused()
    {
        using var browser = new BrowserClient(Base);

        using var response = await browser.PostFormAsync("/ui/sign-in", new() { ["api_key"] = fixture.ReaderKey });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == BrowserSessions.CookieName);
    }

    [Theory]
    [InlineData("//elsewhere.example/ui")]
    [InlineData("/\\elsewhere.example")]
    [InlineData("https://elsewhere.example/")]
    public async Task SignIn_ReturnUrlOffThisSite_GoesToTheOverview(string returnUrl)
    {
        using var browser = new BrowserClient(Base);

        using var response = await browser.SignInAsync(fixture.ReaderKey, returnUrl);

        Assert.Equal("/ui", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Session_IsNotAcceptedByTheJsonApi()
    {
        using var browser = new BrowserClient(Base);
        using var _ = await browser.SignInAsync(fixture.RunnerKey);

        using var read = await browser.Http.GetAsync(new Uri("/api/v1/simulations", UriKind.Relative));
        using var submit = await browser.Http.PostAsJsonAsync(new Uri("/api/v1/simulations", UriKind.Relative), new { recipe = new { strategy = "random", seed = 1 }, from_contest = 6001, to_contest = 6010 });

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, submit.StatusCode);
    }

    [Fact]
    public async Task RevokingTheKey_EndsItsSession()
    {
        var key = await ApiKeys.CreateAsync(fixture.Api, ApiPolicies.Reader, "soon revoked");
        using var browser = new BrowserClient(Base);
        using var _ = await browser.SignInAsync(key);
        using var before = await browser.Http.GetAsync(new Uri("/ui", UriKind.Relative));
        var id = (await fixture.Admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/keys", UriKind.Relative)))
            .EnumerateArray().Single(k => k.GetProperty("name").GetString() == "soon revoked").GetProperty("id").GetString();

        using var revoked = await fixture.Admin.DeleteAsync(new Uri($"/api/v1/keys/{id}", UriKind.Relative));
        using var after = await browser.Http.GetAsync(new Uri("/ui", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(revoked.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/ui/sign-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ReaderSessionIsDenied_AdminSessionOpensIt()
    {
        using var reader = new BrowserClient(Base);
        using var admin = new BrowserClient(Base);
        using var _ = await reader.SignInAsync(fixture.ReaderKey);
        using var __ = await admin.SignInAsync(ApiKeys.BootstrapAdminKey);

        using var denied = await reader.Http.GetAsync(new Uri("/dashboard/", UriKind.Relative));
        using var deniedPage = await reader.Http.GetAsync(denied.Headers.Location);
        using var opened = await admin.Http.GetAsync(new Uri("/dashboard/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/ui/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        Assert.Contains("needs an admin key", await deniedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var browser = new BrowserClient(Base);
        using var _ = await browser.SignInAsync(fixture.ReaderKey);
        var token = await browser.FormTokenAsync("/ui");

        using var signedOut = await browser.PostFormAsync("/ui/sign-out", new() { ["form_token"] = token });
        using var after = await browser.Http.GetAsync(new Uri("/ui", UriKind.Relative));

        Assert.Equal("/ui/sign-in", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
