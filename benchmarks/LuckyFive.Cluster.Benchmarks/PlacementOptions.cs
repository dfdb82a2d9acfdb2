using System.Globalization;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// The <c>placement</c> sub-command's command line:
/// <c>placement [--repeats n] [--silos 2,3] [--strategy hybrid|frequency] [--time-limit minutes]</c>.
/// </summary>
internal sealed record PlacementOptions(int Repeats, IReadOnlyList<int> SiloCounts, string Strategy, TimeSpan TimeLimit)
{
    public const string Name = "placement";

    public const string Usage =
        "usage: LuckyFive.Cluster.Benchmarks placement [--repeats <runs per setting, default 3>] [--silos <counts, default 2,3>]\n"
        + "                                             [--strategy <hybrid|frequency, default hybrid>] [--time-limit <minutes, default 40>]\n"
        + "One simulation (contests 501..6882, 20 tickets, window 500, batches of 50) per run on fresh silo processes, for each\n"
        + "batch placement and silo count, repeated in rounds; about 50 s per run. No run starts past the time limit.";

    public static PlacementOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new PlacementOptions(3, [2, 3], "hybrid", TimeSpan.FromMinutes(40));
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--repeats" => options with { Repeats = (int)BenchmarkOptions.Number(args[i], value, 1, 20, Usage) },
                "--silos" => options with { SiloCounts = [.. value.Split(',').Select(v => (int)BenchmarkOptions.Number(args[i], v, 2, 3, Usage))] },
                "--strategy" when value is "hybrid" or "frequency" => options with { Strategy = value },
                "--strategy" => throw new ArgumentException($"--strategy must be hybrid or frequency (got '{value}').\n{Usage}"),
                "--time-limit" => options with { TimeLimit = TimeSpan.FromMinutes(BenchmarkOptions.Number(args[i], value, 1, 600, Usage)) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'.\n{Usage}"),
            };
            i++;
        }

        return options;
    }

    /// <summary>The simulation every run submits.</summary>
    public SimulationSpec Spec() => new()
    {
        Strategy = Strategy,
        Seed = 42,
        Parameters = new Dictionary<string, double> { ["sim_preds"] = 20, ["numbers"] = 5, ["sim_prev_max"] = 500 },
        FromContest = 501,
        ToContest = 6882,
        BatchSize = 50,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Strategy}, contests 501..6882, 20 tickets, window 500, batches of 50; silos {string.Join(",", SiloCounts)}; "
        + $"{Repeats} rounds; time limit {TimeLimit.TotalMinutes:0} min");
}
