using System.Diagnostics;

namespace LuckyFive.Api;

/// <summary>
/// Names each request's span <c>{method} {route}</c> (OpenTelemetry's HTTP convention) and tags it with the route,
/// as the ASP.NET Core instrumentation package would; without it the span is "HttpRequestIn" for every request.
/// </summary>
internal static class RequestSpanNames
{
    public static IApplicationBuilder UseRequestSpanNames(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (Activity.Current is { } span && context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route })
            {
                span.DisplayName = $"{context.Request.Method} {route}";
                span.SetTag("http.route", route);
                span.SetTag("http.request.method", context.Request.Method);
            }

            return next(context);
        });
}
