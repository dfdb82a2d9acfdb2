using System.Diagnostics;
using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LuckyFive.Transport.Benchmarks;

/// <summary>
/// Grain calls from one silo to grains activated on another, two silo hosts in this process talking over
/// <see cref="TcpMessageTransport"/> on loopback (membership and directory shared in memory).
/// </summary>
internal static class CrossSiloGrainCalls
{
    public static async Task<LatencyRecorder> RunAsync(int inFlight, TimeSpan duration)
    {
        var membership = new InMemoryMembershipTable();
        var directory = new InMemoryGrainDirectory();
        var hub = new InMemoryTransportHub();
        using var caller = await StartSiloAsync(membership, directory, hub);
        using var callee = await StartSiloAsync(membership, directory, hub);
        var calleeAddress = callee.Services.GetRequiredService<IOptions<SiloOptions>>().Value.SiloName!;
        var factory = caller.Services.GetRequiredService<IGrainFactory>();

        // Grains the callee's own factory activates are placed on the callee (local first).
        var calleeFactory = callee.Services.GetRequiredService<IGrainFactory>();
        var remote = new List<IEchoGrain>();
        for (var key = 0L; remote.Count < inFlight && key < 10_000; key++)
        {
            if ((await calleeFactory.GetGrain<IEchoGrain>(key).GetSilo()).StartsWith(calleeAddress, StringComparison.Ordinal))
            {
                remote.Add(factory.GetGrain<IEchoGrain>(key));
            }
        }

        var recorder = new LatencyRecorder();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(remote.Select(grain => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                await grain.Echo(7);
                recorder.Add(Stopwatch.GetTimestamp() - start);
            }
        })));
        await caller.StopAsync();
        await callee.StopAsync();
        return recorder;
    }

    private static async Task<IHost> StartSiloAsync(IMembershipTable membership, IGrainDirectory directory, InMemoryTransportHub hub)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        builder.Services.Configure<ClusterOptions>(o => o.ClusterId = "bench");
        builder.Services.AddSilo(silo => silo
            .AddGrain<EchoGrain>()
            .UseInMemoryClustering(hub, membership, directory)
            .UseTcpMessaging(o => o.ClusterSecret = "benchmark"));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
