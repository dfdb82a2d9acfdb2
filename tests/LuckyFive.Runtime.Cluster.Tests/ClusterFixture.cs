using LuckyFive.Runtime.Postgres.Tests.Infrastructure;

namespace LuckyFive.Runtime.Cluster.Tests;

/// <summary>One PostgreSQL server for the multi-process tests; each test uses its own database and cluster id.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
