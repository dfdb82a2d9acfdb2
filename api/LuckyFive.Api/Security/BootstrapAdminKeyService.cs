using Npgsql;

namespace LuckyFive.Api.Security;

/// <summary>
/// Makes sure an admin can call the API: at start, when the table has no active admin key, adds the configured
/// <c>LuckyFive:Api:BootstrapAdminKey</c> (never printed) or a new random key, printed once to standard output. The
/// key goes to standard output rather than the log because logs may be exported (OTLP) and kept.
/// </summary>
internal sealed partial class BootstrapAdminKeyService(ApiKeyStore store, ApiSecurityOptions options, ILogger<BootstrapAdminKeyService> logger)
    : BackgroundService
{
    public const string GeneratedKeyName = "bootstrap admin";

    public const string ConfiguredKeyName = "bootstrap admin (configured)";

    private static readonly TimeSpan s_retryPeriod = TimeSpan.FromSeconds(5);

    // The first attempt runs before the host reports started, so a configured key works as soon as the API answers.
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryBootstrapAsync(firstAttempt: true, cancellationToken))
        {
            await base.StartAsync(cancellationToken);
        }
    }

    // Only reached when the first attempt failed: a client-mode API may start before any silo has created the table.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(s_retryPeriod);
        while (await timer.WaitForNextTickAsync(stoppingToken) && !await TryBootstrapAsync(firstAttempt: false, stoppingToken))
        {
        }
    }

    private async Task<bool> TryBootstrapAsync(bool firstAttempt, CancellationToken cancellationToken)
    {
        var configured = options.BootstrapAdminKey;
        var key = configured ?? ApiKeySecret.New();
        try
        {
            var outcome = await store.AddFirstAdminAsync(configured is null ? GeneratedKeyName : ConfiguredKeyName, ApiKeySecret.Hash(key), cancellationToken);
            switch (outcome)
            {
                case BootstrapOutcome.Added when configured is null:
                    await Console.Out.WriteLineAsync($"LuckyFive API bootstrap admin key (shown once, store it now): {key}");
                    LogGeneratedKey();
                    break;
                case BootstrapOutcome.Added:
                    LogConfiguredKey();
                    break;
                case BootstrapOutcome.KeyRevoked:
                    LogConfiguredKeyRevoked();
                    break;
                case BootstrapOutcome.AdminExists:
                    break;
            }

            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            if (firstAttempt)
            {
                LogNotReady(s_retryPeriod.TotalSeconds, exception.Message);
            }

            return false;
        }
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "No admin API key existed: created one and printed it to standard output")]
    private partial void LogGeneratedKey();

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "No admin API key existed: stored the configured bootstrap admin key")]
    private partial void LogConfiguredKey();

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "No active admin API key exists and the configured bootstrap admin key was revoked; configure another")]
    private partial void LogConfiguredKeyRevoked();

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning,
        Message = "API keys are not available yet (retrying every {Seconds} s; a client-mode API needs a silo to have created the schema): {Problem}")]
    private partial void LogNotReady(double seconds, string problem);
}
