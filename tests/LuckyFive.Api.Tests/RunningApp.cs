using LuckyFive.Api.Tests.Security;
using LuckyFive.TestSupport;
using Microsoft.AspNetCore.Builder;

namespace LuckyFive.Api.Tests;

/// <summary>A web application of the product (API or silo host) on real Kestrel and sockets, with an HTTP client to it.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(WebApplication app)
    {
        App = app;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public static async Task<RunningApp> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return new RunningApp(app);
    }

    /// <summary>Settings every process of one test cluster shares, plus free ports and the API's bootstrap admin key (<see cref="ApiKeys"/>).</summary>
    public static string[] Arguments(string connectionString, string clusterId, params string[] extra) =>
    [
        $"--LuckyFive:ConnectionString={connectionString}",
        $"--LuckyFive:ClusterId={clusterId}",
        $"--LuckyFive:SiloPort={FreePort.Next()}",
        $"--LuckyFive:GatewayPort={FreePort.Next()}",
        "--urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        ApiKeys.BootstrapArgument,
        // Tests measure behaviour, not request rates; rate-limit tests pass their own, later arguments winning.
        "--LuckyFive:Api:RateLimit:KeyBurst=100000",
        "--LuckyFive:Api:RateLimit:AnonymousBurst=100000",
        .. extra,
    ];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
