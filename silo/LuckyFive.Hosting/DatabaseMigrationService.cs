using LuckyFive.Grains.Database;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Hosting;

/// <summary>
/// Brings the schema up to date in the host's "starting" phase, which completes before any hosted service starts
/// (the Orleans silo among them), so no provider ever looks for a table or query that is not there yet.
/// </summary>
internal sealed class DatabaseMigrationService(LuckyFiveDatabase database, ILogger<PostgresMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken) =>
        await new PostgresMigrator(database.DataSource, logger).MigrateAsync([MigrationSet.LuckyFive], cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
