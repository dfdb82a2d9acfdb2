using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Testing;

namespace LuckyFive.Runtime.Benchmarks;

/// <summary>
/// The activation benchmark as a plain loop (no BenchmarkDotNet iteration set-up between batches): batches of 2,000
/// first calls to fresh stateful grains on one silo, activations collected between batches; prints each batch's
/// mean and, at the end, the median batch.
/// </summary>
internal static class ActivationLoop
{
    private const int Batch = 2_000;

    public static async Task RunAsync(int batches)
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
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var factory = cluster.Primary.GrainFactory;
        var key = 0L;
        var means = new List<double>();
        for (var batch = 0; batch < batches; batch++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Batch; i++)
            {
                await factory.GetGrain<IStatefulGrain>(++key).Read();
            }

            means.Add(watch.Elapsed.TotalMicroseconds / Batch);
            Console.WriteLine($"batch {batch + 1,3}: {means[^1],6:F1} µs per activation");
            // An activation still finishing its last turn is not idle yet: collect until none is left.
            while (cluster.Primary.ActivationCount > 0)
            {
                cluster.Primary.CollectIdleActivations();
                await Task.Delay(1);
            }
        }

        means.Sort();
        Console.WriteLine($"median of {batches} batches (the first counted too): {means[means.Count / 2]:F1} µs per activation");
    }
}
