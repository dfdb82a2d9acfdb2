using LuckyFive.Cluster.Benchmarks;
using LuckyFive.Hosting;

// Default: the whole run (PostgreSQL, two silo processes, this process as the external client, the table).
// "silo ...": one silo process of a run, started by the run itself.
try
{
    if (args.Length > 0 && args[0] == SiloCommand.Name)
    {
        return await SiloCommand.RunAsync(args[1..]);
    }

    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchmarkOptions.Usage);
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
