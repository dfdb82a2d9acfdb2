using Microsoft.Extensions.Hosting;

namespace LuckyFive.Runtime;

/// <summary>Runs the silo inside a generic host. A stop with an already-cancelled token is a kill.</summary>
internal sealed class SiloHostedService(SiloRuntime silo) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => silo.StartAsync();

    public Task StopAsync(CancellationToken cancellationToken) => silo.StopAsync(cancellationToken);
}
