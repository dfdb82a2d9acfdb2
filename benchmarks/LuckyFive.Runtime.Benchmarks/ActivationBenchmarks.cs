using BenchmarkDotNet.Attributes;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Testing;

namespace LuckyFive.Runtime.Benchmarks;

/// <summary>
/// First call to a new grain with persistent state: directory registration, construction, an in-memory state read
/// and the call itself, one after the other (latency, not throughput).
/// </summary>
[MemoryDiagnoser]
public class ActivationBenchmarks
{
    private const int Activations = 2000;
    private TestCluster _cluster = null!;
    private IGrainFactory _factory = null!;
    private long _nextKey;

    [GlobalSetup]
    public async Task Setup()
    {
        _cluster = await ActivationLoop.StartClusterAsync();
        _factory = _cluster.Primary.GrainFactory;
        // Tiered compilation keeps recompiling the activation path for tens of thousands of activations, more
        // than a short job's warm-up: settle it first so the iterations measure the steady state.
        (_, _nextKey) = await ActivationLoop.WarmUpAsync(_cluster.Primary, 0);
    }

    [IterationCleanup]
    public void CollectActivations() => ActivationLoop.CollectAllAsync(_cluster.Primary).GetAwaiter().GetResult();

    [GlobalCleanup]
    public async Task Cleanup() => await _cluster.DisposeAsync();

    /// <summary>Activates a fresh grain (state read included) and calls it.</summary>
    [Benchmark(OperationsPerInvoke = Activations)]
    public async Task<int> ActivateWithStateRead()
    {
        var sum = 0;
        for (var i = 0; i < Activations; i++)
        {
            sum += await _factory.GetGrain<IStatefulGrain>(Interlocked.Increment(ref _nextKey)).Read();
        }

        return sum;
    }
}
