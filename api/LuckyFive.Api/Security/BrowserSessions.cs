using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LuckyFive.Api.Security;

/// <summary>
/// Signing a person in to LuckyFive's pages and the Orleans dashboard with an API key. The key is checked once and
/// its hash kept in an encrypted, HTTP-only, SameSite=Strict cookie (never in a URL); every request re-checks that the
/// key is still active, so revoking it ends the session. The JSON API never reads the cookie: it takes the key in a
/// header only, so a page on another site cannot make a signed-in browser call it.
/// </summary>
internal static class BrowserSessions
{
    public const string CookieScheme = "BrowserSession";

    /// <summary>The scheme every request is authenticated with: it forwards to the header key or the cookie.</summary>
    public const string SelectorScheme = "KeyOrSession";

    public const string CookieName = "luckyfive_session";

    public const string SignInPath = "/ui/sign-in";

    public const string DeniedPath = "/ui/denied";

    /// <summary>How long a session lasts without a request; each request renews it.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    private const string KeyHashClaim = "luckyfive:key_hash";

    public static AuthenticationBuilder AddBrowserSessions(this AuthenticationBuilder authentication) => authentication
        .AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the page is served over HTTPS; a loopback cluster is plain HTTP.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.AccessDeniedPath = DeniedPath;
            o.ReturnUrlParameter = "return_url";
            o.Events.OnValidatePrincipal = RecheckKeyAsync;
        })
        .AddPolicyScheme(SelectorScheme, "API key header, or a browser session on the pages", o =>
            o.ForwardDefaultSelector = context => UsesSession(context) ? CookieScheme : ApiKeyAuthenticationHandler.SchemeName);

    /// <summary>Whether the request is a browser's, on a page path, carrying no key header of its own.</summary>
    public static bool UsesSession(HttpContext context) =>
        IsBrowserPath(context.Request.Path)
        && !context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.ApiKeyHeader)
        && !context.Request.Headers.Authorization.Any(a => a?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The paths a session cookie is accepted on: LuckyFive's pages and the Orleans dashboard.</summary>
    public static bool IsBrowserPath(PathString path) =>
        path.StartsWithSegments("/ui", StringComparison.Ordinal) || path.StartsWithSegments(ApiHost.DashboardPath, StringComparison.Ordinal);

    /// <summary>The principal a verified key signs in as: the same claims a key header gives, plus the key's hash.</summary>
    public static ClaimsPrincipal PrincipalFor(VerifiedApiKey key, byte[] keyHash) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new Claim(ClaimTypes.Name, key.Name),
            new Claim(ClaimTypes.Role, key.Role),
            new Claim(KeyHashClaim, Convert.ToHexString(keyHash)),
        ],
        CookieScheme));

    /// <summary>The active key with this hash, or null; cached like a header key.</summary>
    public static Task<VerifiedApiKey?> VerifyAsync(HttpContext context, byte[] keyHash) =>
        context.RequestServices.GetRequiredService<ApiKeyCache>()
            .VerifyAsync(keyHash, context.RequestServices.GetRequiredService<ApiKeyStore>(), context.RequestAborted);

    private static async Task RecheckKeyAsync(CookieValidatePrincipalContext context)
    {
        var hash = context.Principal?.FindFirst(KeyHashClaim)?.Value is { } hex ? TryHex(hex) : null;
        if (hash is null || await VerifyAsync(context.HttpContext, hash) is not { } key)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
            return;
        }

        // Rate limits count a session as its key, exactly as a header would.
        context.HttpContext.Features.Set(key);
    }

    private static byte[]? TryHex(string hex)
    {
        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
