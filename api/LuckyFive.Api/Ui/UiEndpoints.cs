using LuckyFive.Api.Endpoints;
using LuckyFive.Api.Security;
using LuckyFive.Api.Ui.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuckyFive.Api.Ui;

/// <summary>
/// LuckyFive's own pages under <c>/ui</c>: sign-in and sign-out, then (reader role or above) the overview, one page
/// per simulation and per sweep, and the leaderboard. They are rendered on the server from the same grains the JSON
/// API reads; a small script keeps progress bars live. None of them is part of the OpenAPI document.
/// </summary>
internal static class UiEndpoints
{
    public const string Home = "/ui";

    public static void MapUiEndpoints(this WebApplication app)
    {
        var ui = app.MapGroup(Home).ExcludeFromDescription();
        ui.MapUiAssets();
        ui.MapGet("/sign-in", SignInForm).AllowAnonymous();
        ui.MapPost("/sign-in", SignInAsync).AllowAnonymous();
        ui.MapPost("/sign-out", SignOutAsync).AllowAnonymous();
        ui.MapGet("/denied", Denied).AllowAnonymous();

        var pages = ui.MapGroup("").RequireAuthorization(ApiPolicies.Reader);
        pages.MapGet("/", UiPages.OverviewAsync);
        pages.MapGet("/simulations/{id}", UiPages.SimulationAsync);
        pages.MapGet("/simulations/{id}/events", SimulationsEndpoints.Events);
        pages.MapGet("/sweeps/{id}", UiPages.SweepAsync);
        pages.MapGet("/leaderboard", UiPages.LeaderboardAsync);
        pages.MapGet("/progress", UiPages.ProgressAsync);
    }

    /// <summary>The signed-in person, with a fresh token for the sign-out form.</summary>
    public static UiViewer Viewer(HttpContext context, IAntiforgery antiforgery) =>
        UiViewer.Of(context.User, antiforgery.GetAndStoreTokens(context).RequestToken!);

    private static RazorComponentResult<SignInScreen> SignInForm(HttpContext context, IAntiforgery antiforgery, [FromQuery(Name = "return_url")] string? returnUrl) =>
        SignInPageResult(context, antiforgery, returnUrl, error: null, StatusCodes.Status200OK);

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        [FromForm(Name = "api_key")] string? apiKey,
        [FromForm(Name = "return_url")] string? returnUrl)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return SignInPageResult(context, antiforgery, returnUrl, "Enter an API key.", StatusCodes.Status400BadRequest);
        }

        var hash = ApiKeySecret.Hash(apiKey.Trim());
        if (await BrowserSessions.VerifyAsync(context, hash) is not { } key)
        {
            return SignInPageResult(context, antiforgery, returnUrl, "That API key is not valid or has been revoked.", StatusCodes.Status401Unauthorized);
        }

        await context.SignInAsync(BrowserSessions.CookieScheme, BrowserSessions.PrincipalFor(key, hash));
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : Home);
    }

    // The form field is bound only so that the antiforgery check runs: a page elsewhere cannot sign a person out.
    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext context, [FromForm(Name = "form_token")] string? formToken)
    {
        _ = formToken;
        await context.SignOutAsync(BrowserSessions.CookieScheme);
        return TypedResults.LocalRedirect(BrowserSessions.SignInPath);
    }

    private static RazorComponentResult Denied(HttpContext context, IAntiforgery antiforgery) => UiPages.Message(
        context.User.Identity?.IsAuthenticated == true ? Viewer(context, antiforgery) : null,
        "Not allowed",
        "This key's role does not allow that page. The cluster dashboard needs an admin key; sign out and sign in with one.",
        StatusCodes.Status403Forbidden);

    private static RazorComponentResult<SignInScreen> SignInPageResult(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error, int status) =>
        new RazorComponentResult<SignInScreen>(new
        {
            FormToken = antiforgery.GetAndStoreTokens(context).RequestToken!,
            ReturnUrl = IsLocal(returnUrl) ? returnUrl : null,
            Error = error,
        })
        { StatusCode = status };

    // Only a path on this site: "/x", never "//host" or "/\host", which browsers read as another site.
    private static bool IsLocal(string? url) =>
        url is ['/', ..] && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
