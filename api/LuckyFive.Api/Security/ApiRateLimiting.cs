using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LuckyFive.Api.Security;

/// <summary>
/// Per-key and per-address token buckets (<see cref="RateLimitOptions"/>) over every endpoint except those marked
/// <c>DisableRateLimiting</c> (the operators' probes). Runs after authentication, so a valid key is counted as
/// itself, wherever it calls from; a rejected request answers 429 ProblemDetails with <c>Retry-After</c>.
/// </summary>
internal static class ApiRateLimiting
{
    public static void AddApiRateLimiting(this IServiceCollection services, RateLimitOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Features.Get<VerifiedApiKey>() is { } key
                    ? RateLimitPartition.GetTokenBucketLimiter($"key:{key.Id}", _ => Bucket(options.KeyBurst, options.KeyPermitsPerSecond))
                    : RateLimitPartition.GetTokenBucketLimiter(
                        $"ip:{context.Connection.RemoteIpAddress}", _ => Bucket(options.AnonymousBurst, options.AnonymousPermitsPerSecond)));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perSecond) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var who = context.Features.Get<VerifiedApiKey>() is null ? "this address without a key" : "this API key";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"The request rate allowed for {who} is used up; retry after {seconds} s.",
            },
        });
    }
}
