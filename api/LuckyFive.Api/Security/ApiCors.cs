using Microsoft.Net.Http.Headers;

namespace LuckyFive.Api.Security;

/// <summary>The CORS policy: the configured origins may send a key and JSON and read the headers the API's answers carry.</summary>
internal static class ApiCors
{
    public static void AddApiCors(this IServiceCollection services, CorsSettings settings) =>
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(settings.AllowedOrigins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders(HeaderNames.Authorization, ApiKeyAuthenticationHandler.ApiKeyHeader, HeaderNames.ContentType)
            .WithExposedHeaders(HeaderNames.Location, HeaderNames.RetryAfter, HeaderNames.WWWAuthenticate)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
}
