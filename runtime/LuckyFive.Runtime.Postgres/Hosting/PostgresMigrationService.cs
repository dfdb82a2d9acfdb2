using LuckyFive.Runtime.Postgres.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Postgres.Hosting;

/// <summary>
/// Brings the schema up to date in the host's "starting" phase, which completes before any hosted service
/// (the silo among them) starts, so no provider ever sees a missing table.
/// </summary>
internal sealed class PostgresMigrationService(
    PostgresRuntimeDataSource dataSource,
    IOptions<PostgresOptions> options,
    IEnumerable<MigrationSet> sets,
    ILogger<PostgresMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await new PostgresMigrator(dataSource.DataSource, logger).MigrateAsync(sets, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
