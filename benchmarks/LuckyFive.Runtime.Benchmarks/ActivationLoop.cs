using System.Diagnostics;
using System.Runtime;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Testing;

namespace LuckyFive.Runtime.Benchmarks;

/// <summary>
/// The activation benchmark as a plain loop: batches of 2,000 first calls to fresh stateful grains on one silo,
/// activations collected between batches. Warm-up batches run until the JIT has settled (tiered compilation keeps
/// recompiling the activation path for many batches), then the measured batches are reported, each next to the
/// same 2,000 grains called again while still active: the difference is the cost of activating.
/// </summary>
internal static class ActivationLoop
{
    private const int Batch = 2_000;
    private const int MaxWarmupBatches = 200;

    public static async Task RunAsync(int measuredBatches)
    {
        await using var cluster = await StartClusterAsync();
        var silo = cluster.Primary;

        var (warmup, nextKey) = await WarmUpAsync(silo, 0);
        Console.WriteLine($"{warmup} warm-up batches of {Batch:N0} until no method was jitted for 3 batches in a row");
        var activations = new List<double>();
        var calls = new List<double>();
        for (var batch = 0; batch < measuredBatches; batch++)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var collections = GC.CollectionCount(0);
            var cpu = Environment.CpuUsage.TotalTime;
            activations.Add(await ActivateBatchAsync(silo, nextKey));
            var cpuPerActivation = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / Batch;
            var bytes = (GC.GetTotalAllocatedBytes() - allocated) / Batch;
            var gcs = GC.CollectionCount(0) - collections;
            calls.Add(await CallBatchAsync(silo, nextKey));
            nextKey += Batch;
            Console.WriteLine(
                $"batch {batch + 1,3}: activation {activations[^1],5:F1} µs ({cpuPerActivation,5:F1} µs CPU, {bytes,5} B, {gcs} gen0 GCs); call to the active grain {calls[^1],5:F1} µs");
            await CollectAllAsync(silo);
        }

        Console.WriteLine(
            $"median of {measuredBatches} batches: activation {Median(activations):F1} µs (p10 {Percentile(activations, 0.1):F1}, p90 {Percentile(activations, 0.9):F1}); call to the active grain {Median(calls):F1} µs");
    }

    /// <summary>
    /// One silo hosting the stateful grain, whose activations are collected only when asked (between batches or
    /// iterations), so the heap does not grow with every activation made.
    /// </summary>
    public static async Task<TestCluster> StartClusterAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo
            .AddGrain<StatefulGrain>()
            .Configure<GrainCollectionOptions>(o =>
            {
                o.CollectionAge = TimeSpan.Zero;
                o.CollectionQuantum = TimeSpan.FromHours(1);
            }));
        builder.Options.InitializeClientOnDeploy = false;
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>
    /// Activates, calls and collects batches of grains until no method was jitted for 3 batches in a row, so what
    /// follows measures fully tiered code. Returns the batches run and the next unused key.
    /// </summary>
    public static async Task<(int Batches, long NextKey)> WarmUpAsync(SiloHandle silo, long firstKey)
    {
        var batches = 0;
        var nextKey = firstKey;
        for (var quiet = 0; quiet < 3 && batches < MaxWarmupBatches; batches++)
        {
            var jitted = JitInfo.GetCompiledMethodCount();
            await ActivateBatchAsync(silo, nextKey);
            await CallBatchAsync(silo, nextKey);
            nextKey += Batch;
            await CollectAllAsync(silo);
            quiet = JitInfo.GetCompiledMethodCount() - jitted == 0 ? quiet + 1 : 0;
        }

        return (batches, nextKey);
    }

    /// <summary>Mean µs of a first call to each of <see cref="Batch"/> new grains, one after another.</summary>
    private static async Task<double> ActivateBatchAsync(SiloHandle silo, long firstKey)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= Batch; i++)
        {
            await silo.GrainFactory.GetGrain<IStatefulGrain>(firstKey + i).Read();
        }

        return watch.Elapsed.TotalMicroseconds / Batch;
    }

    /// <summary>Mean µs of a call to each of the same grains, now active.</summary>
    private static Task<double> CallBatchAsync(SiloHandle silo, long firstKey) => ActivateBatchAsync(silo, firstKey);

    public static async Task CollectAllAsync(SiloHandle silo)
    {
        // An activation still finishing its last turn is not idle yet: collect until none is left.
        while (silo.ActivationCount > 0)
        {
            silo.CollectIdleActivations();
            await Task.Delay(1);
        }
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Round(fraction * (sorted.Length - 1))];
    }
}
