using System.Globalization;
using LuckyFive.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// <c>silo --name &lt;name&gt; --echo-grains &lt;n&gt; --LuckyFive:...</c>: one silo process, hosted exactly as the
/// product silo is (<see cref="SiloHost.Build"/>: ADO.NET clustering, storage and reminders, dashboard, metrics),
/// except for Orleans' default probe timings, plus a <see cref="BatchTally"/> on incoming calls.
/// Once Active it activates its driver grain, its <see cref="ISiloProbeGrain"/> and <c>n</c> echo grains here, then writes "READY &lt;silo address&gt;"
/// on standard output (logs go to standard error). It stops when its standard input closes, so a coordinator that
/// dies takes its silos with it.
/// </summary>
internal static class SiloCommand
{
    public const string Name = "silo";

    public static async Task<int> RunAsync(string[] args)
    {
        var name = Option(args, "--name") ?? throw new ArgumentException("silo: --name is required.");
        var echoGrains = int.Parse(Option(args, "--echo-grains") ?? "64", CultureInfo.InvariantCulture);
        string[] defaults =
        [
            "--urls=http://127.0.0.1:0",
            "--Logging:Console:LogToStandardErrorThreshold=Trace",
            "--Logging:LogLevel:Default=Warning",
            // Orleans' own probe defaults instead of LuckyFive's LAN timings (1 s, 2 misses): this measures calls, not
            // failure detection, and on a starved shared machine a silo busy with a measurement must not be voted dead.
            "--LuckyFive:Membership:ProbeTimeout=00:00:05",
            "--LuckyFive:Membership:NumMissedProbesLimit=3",
        ];
        var app = SiloHost.Build([.. defaults, .. WithoutOwnOptions(args)], silo => silo.ConfigureServices(services =>
        {
            services.AddSingleton<BatchTally>();
            services.AddSingleton<IIncomingGrainCallFilter>(provider => provider.GetRequiredService<BatchTally>());
        }));
        await app.StartAsync();
        var oracle = app.Services.GetRequiredService<ISiloStatusOracle>();
        while (oracle.CurrentStatus != SiloStatus.Active)
        {
            await Task.Delay(50);
        }

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var here = oracle.SiloAddress.ToString();
        var hosts = new List<string> { await grains.GetGrain<IDriverGrain>(name).Silo(), await grains.GetGrain<ISiloProbeGrain>(name).Silo() };
        for (var i = 0; i < echoGrains; i++)
        {
            hosts.Add(await grains.GetGrain<IEchoGrain>(DriverGrain.EchoKey(name, i)).Silo());
        }

        if (hosts.Any(h => h != here))
        {
            await Console.Error.WriteLineAsync($"silo {name}: some grains were placed away from {here}: {string.Join(", ", hosts.Distinct())}");
            return 1;
        }

        Console.WriteLine($"READY {here}");
        _ = Task.Run(async () =>
        {
            while (await Console.In.ReadLineAsync() is not null)
            {
            }

            app.Lifetime.StopApplication();
        });
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static IEnumerable<string> WithoutOwnOptions(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--name" or "--echo-grains")
            {
                i++;
                continue;
            }

            yield return args[i];
        }
    }
}
