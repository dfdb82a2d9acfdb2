namespace LuckyFive.Api;

/// <summary>Headers every response carries: no sniffing, no framing, no referrer, only this origin's content.</summary>
internal static class SecurityHeaders
{
    // The Orleans dashboard's page carries a style attribute and its stylesheet embeds images and a font as data:
    // URIs; scripts stay same-origin only.
    private const string DashboardPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'";

    // Scalar's page starts its bundled scripts with an inline module script and styles itself inline; everything it
    // loads still comes from this origin.
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'";

    private const string DefaultPolicy = "default-src 'self'; frame-ancestors 'none'";

    // Set as the response starts, so error responses (whose headers the exception handler clears) carry them too.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                foreach (var (name, value) in For(response.HttpContext.Request.Path))
                {
                    response.Headers[name] = value;
                }

                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });

    /// <summary>The headers a response to <paramref name="path"/> carries.</summary>
    public static IEnumerable<(string Name, string Value)> For(PathString path) =>
    [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Content-Security-Policy", PolicyFor(path)),
    ];

    private static string PolicyFor(PathString path) =>
        path.StartsWithSegments(ApiHost.DashboardPath, StringComparison.Ordinal) ? DashboardPolicy
        : path.StartsWithSegments(ApiDocs.ReferencePath, StringComparison.Ordinal) ? ReferencePolicy
        : DefaultPolicy;
}
