using BenchmarkDotNet.Attributes;
using LuckyFive.Runtime.Testing;

namespace LuckyFive.Runtime.Benchmarks;

/// <summary>
/// Grain-to-grain call throughput. One driver grain calls echo grains; the time per operation is the time per
/// call, so calls/s = 1e9 / mean (ns).
/// </summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private const int Calls = 20_000;
    private const int Targets = 64;
    private TestCluster _cluster = null!;
    private IDriverGrain _localDriver = null!;
    private IDriverGrain _remoteDriver = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = new TestClusterBuilder(2);
        builder.ConfigureSilo(silo => silo.AddGrain<EchoGrain>().AddGrain<DriverGrain>().AddGrain<StatefulGrain>().AddMemoryGrainStorageAsDefault());
        builder.Options.InitializeClientOnDeploy = false;
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        var first = _cluster.Silos[0].GrainFactory;
        var second = _cluster.Silos[1].GrainFactory;

        // Prefer-local placement pins each grain to the silo whose factory first calls it.
        _localDriver = first.GetGrain<IDriverGrain>(1);
        _remoteDriver = first.GetGrain<IDriverGrain>(2);
        for (var i = 0; i < Targets; i++)
        {
            await first.GetGrain<IEchoGrain>(1000 + i).Echo(i);
            await second.GetGrain<IEchoGrain>(2000 + i).Echo(i);
        }

        await _localDriver.Drive(1000, Targets, 1000, 64);
        await _remoteDriver.Drive(2000, Targets, 1000, 64);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _cluster.DisposeAsync();

    /// <summary>Calls between grains of one silo.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public Task<long> GrainToGrain_SameSilo() => _localDriver.Drive(1000, Targets, Calls, 64);

    /// <summary>Calls from a grain on one silo to grains on another, over the in-memory transport.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public Task<long> GrainToGrain_OtherSilo() => _remoteDriver.Drive(2000, Targets, Calls, 64);
}
