using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LuckyFive.Api.Security;

/// <summary>The API's security in two calls: services (keys, authentication, policies) and the middleware that applies them.</summary>
internal static class ApiSecurity
{
    /// <exception cref="LuckyFive.Hosting.LuckyFiveConfigurationException">The <c>LuckyFive:Api</c> section is not valid.</exception>
    public static WebApplicationBuilder AddApiSecurity(this WebApplicationBuilder builder)
    {
        var options = ApiSecurityOptions.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyCache>();
        services.AddHostedService<BootstrapAdminKeyService>();
        // After the handlers of expected failures (registered before this call): handlers run in registration order.
        services.AddExceptionHandler<BadRequestHandler>();
        services.AddExceptionHandler<UnexpectedErrorHandler>();
        // Binding failures throw, so BadRequestHandler can say which field was wrong instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails += BadRequestHandler.DescribeTooLarge);
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestBodySize = BodyLimits.JsonBytes;
            o.ConfigureEndpointDefaults(KestrelRejection.UseOnConnections);
        });
        services.Configure<OpenApiOptions>(ApiDocs.DocumentName, ApiDocs.Describe);
        services.AddAuthentication(BrowserSessions.SelectorScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddBrowserSessions();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "luckyfive_form";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "form_token";
        });
        services.AddApiRateLimiting(options.RateLimit);
        services.AddApiCors(options.Cors);
        var policies = services.AddAuthorizationBuilder();
        foreach (var role in ApiRoles.All)
        {
            policies.AddPolicy(role, p => p.RequireRole(ApiRoles.AtLeast(role)));
        }

        return builder;
    }

    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        KestrelRejection.ListenForRejections(app);
        // First, so a preflight is answered without a key.
        app.UseCors();
        app.UseAuthentication();
        // Between the two: a valid key is limited as itself, and requests refused for their key still count.
        app.UseRateLimiter();
        app.UseAuthorization();
        // Only the pages' forms (sign-in, sign-out) carry antiforgery metadata; the JSON API takes keys in headers.
        app.UseAntiforgery();
        return app;
    }
}
