using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Cluster.TestSilo;
using LuckyFive.Runtime.Postgres.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LuckyFive.Runtime.Cluster.Tests;

public sealed partial class MultiProcessClusterTests
{
    [Fact]
    public async Task ClusterClient_FindsSilosInPostgresAndCallsThemOverTcp_SurvivingTheLossOfTheGrainsSilo()
    {
        await StartSilosAsync(2);
        using var client = await StartClientAsync();
        var counter = client.Services.GetRequiredService<IClusterClient>().GetGrain<ICounterGrain>("from-client");

        var first = await counter.AddAndSave(5);
        var host = _silos.Single(s => s.Address == Silo("OK " + first));
        await host.KillAsync();
        var rows = new MembershipRows(_database, _clusterId);
        await MembershipRows.WaitUntilAsync(async () => await rows.StatusOf(host.Address) == SiloStatus.Dead, TimeSpan.FromSeconds(30), "the silo declared dead");

        var after = await RetryAsync(() => counter.Read());

        Assert.Equal(5, Total("OK " + after));
        Assert.NotEqual(host.Address, Silo("OK " + after));
    }

    [Fact]
    public async Task ClusterClient_WithActivityPropagation_GrainInAnotherProcessRunsInTheCallersTrace()
    {
        await StartSilosAsync(1);
        var clientSpans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GrainCallActivities.ApplicationSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = clientSpans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = await StartClientAsync(c => c.AddActivityPropagation());
        using var root = new Activity("request").Start();

        var seen = await client.Services.GetRequiredService<IClusterClient>().GetGrain<ICounterGrain>("traced").CurrentSpan();

        var clientSpan = Assert.Single(clientSpans, s => s.TraceId == root.TraceId);
        Assert.Equal(ActivityKind.Client, clientSpan.Kind);
        Assert.Equal($"{root.TraceId.ToHexString()} {clientSpan.SpanId.ToHexString()}", seen);
    }

    private async Task<IHost> StartClientAsync(Action<IClientBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LuckyFive:ClusterId"] = _clusterId,
            ["LuckyFive:ServiceId"] = _clusterId,
            ["LuckyFive:ConnectionString"] = _connectionString,
            ["LuckyFive:ClusterSecret"] = SiloProcess.DefaultSecret,
        });
        builder.Services.Configure<ClusterMembershipOptions>(o => o.TableRefreshTimeout = TimeSpan.FromSeconds(2));
        builder.AddLuckyFiveClient(configure);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>A client whose gateway just died may lose one call (at-most-once) before it re-reads the table.</summary>
    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (SiloUnavailableException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
