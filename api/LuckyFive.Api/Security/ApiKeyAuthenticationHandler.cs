using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LuckyFive.Api.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>; answers 401 and 403 as
/// ProblemDetails, the 401 with a <c>WWW-Authenticate</c> challenge.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore store,
    ApiKeyCache cache,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (key, problem) = ReadKey(Request.Headers);
        if (problem is not null)
        {
            return AuthenticateResult.Fail(problem);
        }

        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (await cache.VerifyAsync(ApiKeySecret.Hash(key), store, Context.RequestAborted) is not { } verified)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        Context.Features.Set(verified);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, verified.Id.ToString()),
                new Claim(ClaimTypes.Name, verified.Name),
                new Claim(ClaimTypes.Role, verified.Role),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = failure is null
            ? "Bearer realm=\"LuckyFive\""
            : "Bearer realm=\"LuckyFive\", error=\"invalid_token\"";
        await WriteProblemAsync(
            failure is null ? "An API key is required." : "The API key was not accepted.",
            failure?.Message ?? $"Send the key as 'Authorization: Bearer <key>' or '{ApiKeyHeader}: <key>'.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = Context.Features.Get<VerifiedApiKey>()?.Role ?? "none";
        await WriteProblemAsync("The API key's role does not allow this.", $"This key's role is '{role}'; roles in order: {string.Join(" < ", ApiRoles.All)}.");
    }

    private async Task WriteProblemAsync(string title, string detail) =>
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = Response.StatusCode, Title = title, Detail = detail },
        });

    /// <summary>The key the request carries, or why it cannot be read.</summary>
    internal static (string? Key, string? Problem) ReadKey(IHeaderDictionary headers)
    {
        string? bearer = null;
        var authorization = headers[HeaderNames.Authorization];
        if (authorization.Count > 1)
        {
            return (null, "Send one Authorization header.");
        }

        if (authorization.ToString() is { Length: > 0 } value && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            bearer = value[BearerPrefix.Length..].Trim();
        }

        var header = headers[ApiKeyHeader];
        if (header.Count > 1)
        {
            return (null, $"Send one {ApiKeyHeader} header.");
        }

        var apiKey = header.Count == 1 ? header.ToString().Trim() : null;
        if (bearer is not null && apiKey is not null && bearer != apiKey)
        {
            return (null, $"The Authorization and {ApiKeyHeader} headers carry different keys; send one.");
        }

        var key = bearer ?? apiKey;
        return key is { Length: 0 } ? (null, "The API key is empty.") : (key, null);
    }
}
