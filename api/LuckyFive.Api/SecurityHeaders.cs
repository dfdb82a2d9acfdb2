namespace LuckyFive.Api;

/// <summary>Headers every response carries: no sniffing, no framing, no referrer, only this origin's content.</summary>
internal static class SecurityHeaders
{
    // Set as the response starts, so error responses (whose headers the exception handler clears) carry them too.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
