using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using LuckyFive.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime.Benchmarks;

/// <summary>
/// What a Prometheus exporter listening to the runtime meter costs each grain call: same-silo calls as in
/// <see cref="GrainCallBenchmarks"/>, with and without a <see cref="PrometheusMetrics"/> collecting every call.
/// </summary>
[MemoryDiagnoser]
public class MetricsExportBenchmarks
{
    private const int Calls = 20_000;
    private const int Targets = 64;
    private TestCluster _cluster = null!;
    private PrometheusMetrics? _metrics;
    private IDriverGrain _driver = null!;

    /// <summary>Whether a Prometheus exporter collects the silo's meter.</summary>
    [Params(false, true)]
    public bool Exported { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureSilo(silo => silo.AddGrain<EchoGrain>().AddGrain<DriverGrain>());
        builder.Options.InitializeClientOnDeploy = false;
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        var silo = _cluster.Primary;
        if (Exported)
        {
            _metrics = new PrometheusMetrics([RuntimeMetrics.MeterName], silo.ServiceProvider.GetRequiredService<IMeterFactory>());
        }

        _driver = silo.GrainFactory.GetGrain<IDriverGrain>(1);
        await _driver.Drive(1000, Targets, 1000, 64);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _metrics?.Dispose();
        await _cluster.DisposeAsync();
    }

    /// <summary>Calls between grains of one silo.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public Task<long> GrainToGrain_SameSilo() => _driver.Drive(1000, Targets, Calls, 64);
}
