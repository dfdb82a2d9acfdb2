using LuckyFive.TestSupport;
using Microsoft.AspNetCore.Builder;

namespace LuckyFive.Silo.Tests;

/// <summary>The silo host as it runs in production, on real Kestrel and real sockets, over a fresh database.</summary>
public sealed class RunningSilo : IAsyncDisposable
{
    private RunningSilo(WebApplication app, string connectionString)
    {
        App = app;
        ConnectionString = connectionString;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public string ConnectionString { get; }

    public HttpClient Http { get; }

    public static async Task<RunningSilo> StartAsync(PostgresServer server)
    {
        var connectionString = await server.CreateDatabaseAsync();
        var app = SiloHost.Build(Arguments(connectionString));
        await app.StartAsync();
        return new RunningSilo(app, connectionString);
    }

    public static string[] Arguments(string connectionString, params string[] extra) =>
    [
        $"--LuckyFive:ConnectionString={connectionString}",
        $"--LuckyFive:ClusterId=c{Guid.NewGuid():N}",
        $"--LuckyFive:SiloPort={FreePort.Next()}",
        $"--LuckyFive:GatewayPort={FreePort.Next()}",
        "--urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        .. extra,
    ];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>One PostgreSQL server and one running silo shared by a test class.</summary>
public sealed class RunningSiloFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private RunningSilo? _silo;

    public PostgresServer Server => _postgres.Server;

    public RunningSilo Silo => _silo ?? throw new InvalidOperationException("The silo has not started.");

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _silo = await RunningSilo.StartAsync(_postgres.Server);
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}
