using LuckyFive.Cluster.Benchmarks;
using LuckyFive.Hosting;

// Default: the whole run (PostgreSQL, two silo processes, this process as the external client, the table).
// "placement ...": the contest-batch placements side by side (docs/decisions/0011-contest-batch-placement.md).
// "rows": a whole simulation's per-contest rows written by binary COPY, at once and in batches.
// "silo ...": one silo process of a run, started by the run itself.
try
{
    if (args.Length > 0 && args[0] == SiloCommand.Name)
    {
        return await SiloCommand.RunAsync(args[1..]);
    }

    if (args.Length > 0 && args[0] == RowsBenchmark.Name)
    {
        await new RowsBenchmark(Console.Out).RunAsync();
        return 0;
    }

    var placement = args.Length > 0 && args[0] == PlacementOptions.Name;
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(placement ? PlacementOptions.Usage : BenchmarkOptions.Usage);
        return 0;
    }

    if (placement)
    {
        await new PlacementBenchmark(PlacementOptions.Parse(args[1..]), Console.Out).RunAsync();
        return 0;
    }

    await new ClusterBenchmark(BenchmarkOptions.Parse(args), Console.Out).RunAsync();
    return 0;
}
catch (Exception e) when (e is ArgumentException or LuckyFiveConfigurationException)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 2;
}
