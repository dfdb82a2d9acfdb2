using System.Diagnostics;
using LuckyFive.Hosting;
using LuckyFive.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// One run: a throwaway PostgreSQL, silo processes A (with the gateway) and B (none), this process as an external
/// client of A's gateway; then every measurement in turn, and the table.
/// </summary>
internal sealed class ClusterBenchmark(BenchmarkOptions options, TextWriter output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public async Task RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var loadBefore = Machine.LoadAverage();
        var logDirectory = await Machine.AnnounceRunAsync(output, "luckyfive-cluster-benchmarks-", loadBefore);

        await using var postgres = await PostgresServer.StartAsync();
        var cluster = new ClusterSettings(await postgres.CreateDatabaseAsync(), $"bench-{Guid.NewGuid():N}"[..14], "luckyfive-benchmarks");
        var echoGrains = options.CallsInFlight;
        await using var siloA = SiloProcess.Start("a", cluster, FreePort.Next(), FreePort.Next(), echoGrains, logDirectory);
        await using var siloB = SiloProcess.Start("b", cluster, FreePort.Next(), gatewayPort: 0, echoGrains, logDirectory);
        var addresses = await Task.WhenAll(siloA.WaitReadyAsync(StartTimeout), siloB.WaitReadyAsync(StartTimeout));
        await Progress($"silo a {addresses[0]} and silo b {addresses[1]} are Active ({clock.Elapsed.TotalSeconds:0.0} s)");

        // A driver's answer comes after its whole measurement, longer than Orleans' default 30 s response timeout allows.
        using var client = BenchmarkClient.Build(cluster, options.Warmup + options.Duration + TimeSpan.FromMinutes(1));
        using (var connect = new CancellationTokenSource(StartTimeout))
        {
            await client.StartAsync(connect.Token);
        }

        var grains = client.Services.GetRequiredService<IClusterClient>();
        var driver = grains.GetGrain<IDriverGrain>("a");
        if (await driver.Silo() != addresses[0])
        {
            throw new InvalidOperationException("The driver grain is not on silo a.");
        }

        var calls = options.CallsInFlight;
        var writes = options.WritesInFlight;
        var rows = new List<(string Name, LoadResult Result)>();
        async Task Measure(string name, int inFlight, Func<LoadSpec, Task<LoadResult>> run)
        {
            var result = await run(new LoadSpec(inFlight, options.Warmup, options.Duration));
            rows.Add((name, result));
            await Progress($"{name}, {inFlight} in flight: {result.PerSecond:N0}/s, p50 {result.P50Microseconds:N1} µs, p99 {result.P99Microseconds:N1} µs");
        }

        const string inside = "inside silo A: grain -> grain";
        const string hosted = "inside silo A: non-grain caller (thread pool) -> grain";
        const string across = "silo A grain -> silo B grain (TCP)";
        const string gateway = "external client -> gateway (silo A) -> grain";
        const string stateWrite = "state write, ADO.NET storage on PostgreSQL";
        const string activation = "first call to a new grain (activation)";
        await Measure(inside, calls, spec => driver.Calls("a", fromGrain: true, spec));
        await Measure(inside, 1, spec => driver.Calls("a", fromGrain: true, spec));
        await Measure(hosted, calls, spec => driver.Calls("a", fromGrain: false, spec));
        await Measure(hosted, 1, spec => driver.Calls("a", fromGrain: false, spec));
        await Measure(across, calls, spec => driver.Calls("b", fromGrain: true, spec));
        await Measure(across, 1, spec => driver.Calls("b", fromGrain: true, spec));
        await Measure(gateway, calls, spec => GatewayCallsAsync(grains, addresses[0], spec));
        await Measure(gateway, 1, spec => GatewayCallsAsync(grains, addresses[0], spec));
        await Measure(stateWrite, writes, driver.Writes);
        await Measure(stateWrite, 1, driver.Writes);
        await Measure(activation, 1, driver.Activations);

        await client.StopAsync();
        await output.WriteLineAsync();
        await output.WriteLineAsync(ResultTable.Markdown(rows));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"machine: {Machine.Describe()}");
        await output.WriteLineAsync($"load average before: {loadBefore}; after: {Machine.LoadAverage()}");
        await output.WriteLineAsync(
            $"each measurement: {options.Warmup.TotalSeconds:0.#} s warm-up, then {options.Duration.TotalSeconds:0.#} s measured; "
            + $"whole run {clock.Elapsed.TotalSeconds:0} s before shut-down");
    }

    private static async Task<LoadResult> GatewayCallsAsync(IClusterClient grains, string siloA, LoadSpec spec)
    {
        var targets = Enumerable.Range(0, spec.InFlight).Select(i => grains.GetGrain<IEchoGrain>(DriverGrain.EchoKey("a", i))).ToArray();
        var hosts = await Task.WhenAll(targets.Select(t => t.Silo()));
        if (hosts.Any(h => h != siloA))
        {
            throw new InvalidOperationException("Some echo grains for the gateway measurement are not on silo a.");
        }

        return await LoadLoop.RunAsync(spec, (lane, sequence) => targets[lane].Echo((int)sequence));
    }

    private Task Progress(string line) => output.WriteLineAsync($"# {line}");
}
