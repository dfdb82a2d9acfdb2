using BenchmarkDotNet.Attributes;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Testing;

namespace LuckyFive.Runtime.Benchmarks;

/// <summary>
/// Runtime proxy (DispatchProxy, what the runtime uses) against a hand-written reference of the shape a source
/// generator would emit, both calling a grain in the same silo through the same runtime path. The difference is
/// what a generator would save per call (docs/decisions/runtime-0002-grain-invokers.md).
/// </summary>
[MemoryDiagnoser]
public class ProxyBenchmarks
{
    private const int Calls = 10_000;
    private TestCluster _cluster = null!;
    private IEchoGrain _runtimeProxy = null!;
#pragma warning disable CA1859 // Called through the interface on purpose, as grain code would.
    private IEchoGrain _generatedShape = null!;
#pragma warning restore CA1859

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo.AddGrain<EchoGrain>());
        builder.Options.InitializeClientOnDeploy = false;
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        _runtimeProxy = _cluster.Primary.GrainFactory.GetGrain<IEchoGrain>(1);
        _generatedShape = new GeneratedShapeEchoReference((GrainReference)_runtimeProxy);
        await _runtimeProxy.Echo(1);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _cluster.DisposeAsync();

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public async Task<long> DispatchProxyReference()
    {
        long sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += await _runtimeProxy.Echo(i);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<long> GeneratedShapeReference()
    {
        long sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += await _generatedShape.Echo(i);
        }

        return sum;
    }

    /// <summary>What a generated reference does: no reflection, a static method descriptor, a typed call.</summary>
    private sealed class GeneratedShapeEchoReference(GrainReference reference) : IEchoGrain
    {
        private static readonly GrainMethodMetadata s_echo =
            GrainInterfaceMetadata.Get(typeof(IEchoGrain)).GetMethod(typeof(IEchoGrain).GetMethod(nameof(IEchoGrain.Echo))!);

        public Task<int> Echo(int value) => reference.Runtime.InvokeAsync<int>(reference, s_echo, [value]);
    }
}
