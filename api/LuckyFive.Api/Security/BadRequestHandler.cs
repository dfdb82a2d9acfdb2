using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace LuckyFive.Api.Security;

/// <summary>
/// A request the framework could not read (a body over its limit, JSON that does not fit the endpoint, a missing
/// body) answers its own 4xx as ProblemDetails that say what was wrong, never the framework's message (which names
/// handler parameters and .NET types).
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest || httpContext.Response.HasStarted)
        {
            return false;
        }

        var context = new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = { Status = badRequest.StatusCode } };
        var details = context.ProblemDetails;
        if (badRequest.InnerException is JsonException json)
        {
            details.Title = "The request body is not valid JSON for this endpoint.";
            var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            details.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [field] = [json.Path is null ? "The body is not well-formed JSON." : "The value has the wrong type or format."],
            };
        }
        else if (badRequest.StatusCode == StatusCodes.Status400BadRequest)
        {
            details.Title = "The request is not valid.";
            details.Detail = HasNoBody(httpContext.Request) ? "The request needs a JSON body." : null;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(context);
    }

    private static bool HasNoBody(HttpRequest request) => request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0;

    /// <summary>Says what a 413 means here, whoever produced it (the framework sets the status itself when a bound body is too large).</summary>
    public static void DescribeTooLarge(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status413PayloadTooLarge)
        {
            return;
        }

        context.ProblemDetails.Title = "The request body is too large.";
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } bytes)
        {
            context.ProblemDetails.Detail = $"This endpoint takes bodies of at most {bytes} bytes.";
        }
    }
}
