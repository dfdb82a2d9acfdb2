using LuckyFive.Grains.Database;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Hosting;

/// <summary>
/// Brings the schema up to date (unless <c>LuckyFive:MigrateOnStart</c> is false) and checks Orleans' provider queries
/// in the host's "starting" phase, which completes before any hosted service starts (the Orleans silo among them): no
/// provider ever looks for a table or query that is not there, and a query row deleted since it was applied stops the
/// start with its name instead of failing half-way through the silo's own start.
/// </summary>
internal sealed class DatabaseMigrationService(LuckyFiveDatabase database, bool migrate, ILogger<PostgresMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (migrate)
        {
            await new PostgresMigrator(database.DataSource, logger).MigrateAsync([MigrationSet.LuckyFive], cancellationToken);
        }

        await OrleansQueryCheck.VerifyAsync(database.DataSource, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
