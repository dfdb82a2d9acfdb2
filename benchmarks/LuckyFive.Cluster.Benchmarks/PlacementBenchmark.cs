using System.Diagnostics;
using LuckyFive.GrainInterfaces.Draws;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Simulations;
using LuckyFive.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// The <c>placement</c> sub-command: the same simulation on 2 and 3 silo processes under each contest-batch placement,
/// in rounds, each run on fresh silos (the placement is a silo setting), then the tables. Within a round the order of
/// the placements rotates, so a burst of load from elsewhere does not always fall on the same one.
/// </summary>
internal sealed class PlacementBenchmark(PlacementOptions options, TextWriter output)
{
    private static readonly string[] SiloNames = ["a", "b", "c"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    // After the warm-up, long enough for every silo to publish load figures of an idle cluster (Orleans publishes
    // them every second and filters CPU over several samples), so each run starts from the same state.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private long _drawsVersion;

    public async Task RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var loadBefore = Machine.LoadAverage();
        var logDirectory = await Machine.AnnounceRunAsync(output, "luckyfive-placement-", loadBefore);
        await Progress($"runs: {options}");

        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        var placements = Enum.GetValues<BatchPlacement>();
        var runs = new List<PlacementRun>();
        var longest = TimeSpan.Zero;
        for (var round = 1; round <= options.Repeats; round++)
        {
            foreach (var silos in options.SiloCounts)
            {
                for (var i = 0; i < placements.Length; i++)
                {
                    if (clock.Elapsed + longest > options.TimeLimit)
                    {
                        await Progress($"time limit of {options.TimeLimit.TotalMinutes:0} min reached: no further runs");
                        await ReportAsync(runs, loadBefore, clock.Elapsed);
                        return;
                    }

                    var placement = placements[(i + round - 1) % placements.Length];
                    var started = clock.Elapsed;
                    var run = await RunOrRecordFailureAsync(round, silos, placement, connectionString, logDirectory);
                    longest = TimeSpan.FromTicks(Math.Max(longest.Ticks, (clock.Elapsed - started).Ticks));
                    runs.Add(run);
                    await Progress(PlacementTable.Describe(run) + $" (load {Machine.LoadAverage()})");
                }
            }
        }

        await ReportAsync(runs, loadBefore, clock.Elapsed);
    }

    private async Task<PlacementRun> RunOrRecordFailureAsync(int round, int silos, BatchPlacement placement, string connectionString, string logDirectory)
    {
        try
        {
            return await RunOnceAsync(round, silos, placement, connectionString, logDirectory);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or OrleansException)
        {
            // One broken run (a silo that did not start, a lost call) is reported as such; the others still count.
            return new PlacementRun(round, silos, placement, new int[silos], "", TimeSpan.Zero, TimeSpan.Zero, e.Message);
        }
    }

    private async Task<PlacementRun> RunOnceAsync(int round, int silos, BatchPlacement placement, string connectionString, string logDirectory)
    {
        var cluster = new ClusterSettings(connectionString, $"place-{Guid.NewGuid():N}"[..14], "luckyfive-placement");
        string[] settings = [$"--LuckyFive:Simulations:BatchPlacement={placement}"];
        var names = SiloNames[..silos];
        var processes = names
            .Select((name, i) => SiloProcess.Start(
                $"{name}-{round}-{placement}-{silos}", cluster, FreePort.Next(), i == 0 ? FreePort.Next() : 0, echoGrains: 0, logDirectory, settings))
            .ToList();
        try
        {
            var addresses = await Task.WhenAll(processes.Select(p => p.WaitReadyAsync(StartTimeout)));
            using var client = BenchmarkClient.Build(cluster, TimeSpan.FromMinutes(1));
            using (var connect = new CancellationTokenSource(StartTimeout))
            {
                await client.StartAsync(connect.Token);
            }

            var grains = client.Services.GetRequiredService<IClusterClient>();
            var probes = processes.Select(p => grains.GetGrain<ISiloProbeGrain>(p.Name)).ToArray();
            var spec = options.Spec();
            _drawsVersion = _drawsVersion > 0 ? _drawsVersion : await ImportDrawsAsync(grains);
            await Task.WhenAll(probes.Select(p => p.WarmUp(_drawsVersion, spec)));
            await Task.Delay(Settle);

            var id = $"placement-{round}-{silos}-{placement}-{Guid.NewGuid():N}"[..48];
            var (status, wall) = await SimulateAsync(grains.GetGrain<ISimulationGrain>(id), spec);
            var perSilo = await Task.WhenAll(probes.Select(p => p.Batches(id)));
            var batches = addresses.Select(address => perSilo.Sum(counts => counts.GetValueOrDefault(address))).ToArray();
            var hosts = await Task.WhenAll(probes.Select(p => p.HostsSimulation(id)));
            await client.StopAsync();
            return new PlacementRun(
                round, silos, placement, batches, string.Join("+", names.Where((_, i) => hosts[i])), wall,
                status.FinishedAt - status.StartedAt ?? TimeSpan.Zero,
                status.State == SimulationState.Completed ? null : $"{status.State}: {status.Reason}");
        }
        finally
        {
            await Task.WhenAll(processes.Select(p => p.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Submits the simulation and polls it until it is final and settled; the wall time is submit to settled.</summary>
    private static async Task<(SimulationStatus Status, TimeSpan Wall)> SimulateAsync(ISimulationGrain simulation, SimulationSpec spec)
    {
        var watch = Stopwatch.StartNew();
        var submitted = await simulation.SubmitAsync(spec);
        if (submitted.Outcome != SubmitOutcome.Accepted)
        {
            throw new InvalidOperationException($"The simulation was not accepted: {string.Join("; ", submitted.Errors.Select(e => $"{e.Field}: {e.Reason}"))}");
        }

        while (true)
        {
            var status = await simulation.GetStatusAsync() ?? throw new InvalidOperationException("The simulation is gone.");
            var settled = status.Summary is not null || status.State is SimulationState.Failed or SimulationState.Cancelled;
            if (status.State.IsFinal() && settled)
            {
                return (status, watch.Elapsed);
            }

            if (watch.Elapsed > RunTimeout)
            {
                return (status with { Reason = $"not settled within {RunTimeout.TotalMinutes:0} min" }, watch.Elapsed);
            }

            await Task.Delay(50);
        }
    }

    private async Task<long> ImportDrawsAsync(IClusterClient grains)
    {
        var outcome = await grains.GetDrawImportGrain().ImportAsync(await File.ReadAllBytesAsync(QuinaData.Workbook), "Quina.xlsx");
        var version = outcome.Summary?.Version ?? throw new InvalidOperationException($"The workbook was not imported: {outcome.FileProblem}");
        await Progress($"imported {QuinaData.Workbook}: draw version {version}");
        return version;
    }

    private async Task ReportAsync(List<PlacementRun> runs, string loadBefore, TimeSpan elapsed)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync(PlacementTable.Runs(runs));
        await output.WriteLineAsync();
        await output.WriteLineAsync(PlacementTable.Summary(runs));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"machine: {Machine.Describe()}");
        await output.WriteLineAsync($"load average before: {loadBefore}; after: {Machine.LoadAverage()}; whole run {elapsed.TotalSeconds:0} s");
    }

    private Task Progress(string line) => output.WriteLineAsync($"# {line}");
}
