using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace LuckyFive.Api.Security;

/// <summary>
/// The last exception handler: an error nobody expected answers a ProblemDetails with the request's trace id and
/// nothing of the exception (its message may hold SQL, paths or data); the exception itself goes to the log. A
/// database that cannot be reached is an outage (503), not a fault.
/// </summary>
internal sealed class UnexpectedErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        var unavailable = exception is NpgsqlException { IsTransient: true } || exception.InnerException is NpgsqlException { IsTransient: true };
        httpContext.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (unavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = unavailable ? "The database is not available." : "An unexpected error occurred.",
                Detail = "The error is logged; quote the trace id when you report it.",
            },
        });
    }
}
