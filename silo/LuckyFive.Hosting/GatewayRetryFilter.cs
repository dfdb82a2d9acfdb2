using Microsoft.Extensions.Logging;

namespace LuckyFive.Hosting;

/// <summary>
/// A client started before any silo keeps trying to reach a gateway, once a second, until the host stops: an API
/// started beside a cluster that is still coming up waits for it instead of exiting.
/// </summary>
internal sealed partial class GatewayRetryFilter(ILogger<GatewayRetryFilter> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);
    private int _attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        if (attempt == 1 || attempt % 30 == 0)
        {
            LogWaiting(attempt, exception.Message);
        }

        try
        {
            await Task.Delay(s_delay, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "No gateway of the cluster answered (attempt {Attempt}): {Reason} Retrying every second.")]
    private partial void LogWaiting(int attempt, string reason);
}
