using System.Diagnostics;
using LuckyFive.Cluster.TestSilo;
using LuckyFive.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LuckyFive.Cluster.Tests;

public sealed partial class MultiProcessClusterTests
{
    [Fact]
    public async Task ExternalClient_CallsGrainsThroughTheGateway_AndSurvivesTheLossOfTheGrainsSilo()
    {
        await StartSilosAsync(2);
        using var client = await StartClientAsync();
        var counter = client.Services.GetRequiredService<IClusterClient>().GetGrain<ICounterGrain>("from-client");

        var first = await counter.AddAndSave(5);
        var victim = _silos.Single(s => s.Address == first.Silo);
        var clock = Stopwatch.StartNew();
        await victim.KillAsync();
        var (after, attempts) = await RetryAsync(() => counter.Read(), attempts: 20);
        var answeredAfter = clock.Elapsed;

        output.WriteLine($"client: first success {answeredAfter.TotalSeconds:F2} s after kill -9 of the grain's silo, attempt {attempts}");
        Assert.Equal(5, after.Total);
        Assert.NotEqual(victim.Address, after.Silo);
        Assert.Equal(7, (await counter.AddAndSave(2)).Total);
    }

    private async Task<IHost> StartClientAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LuckyFive:ClusterId"] = _clusterId,
            ["LuckyFive:ServiceId"] = _clusterId,
            ["LuckyFive:ConnectionString"] = _connectionString,
        });
        builder.AddLuckyFiveClient();
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StartAsync(timeout.Token);
        return host;
    }

    /// <summary>
    /// A call may fail, or hang until Orleans' response timeout, while the cluster has not yet noticed the loss: each
    /// attempt is given 5 s, retried after 500 ms, at most <paramref name="attempts"/> times. Returns the result and
    /// the attempt that succeeded.
    /// </summary>
    private static async Task<(T Result, int Attempt)> RetryAsync<T>(Func<Task<T>> call, int attempts)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                return (await call().WaitAsync(timeout.Token), attempt);
            }
            catch (Exception e) when (attempt < attempts && e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or OperationCanceledException)
            {
                await Task.Delay(500);
            }
        }
    }
}
