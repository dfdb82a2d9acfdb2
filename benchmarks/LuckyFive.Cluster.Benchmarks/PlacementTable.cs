using System.Globalization;
using System.Text;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>The placement measurement's Markdown: every run, then median and range per silo count and placement.</summary>
internal static class PlacementTable
{
    public static string Describe(PlacementRun run) =>
        Invariant($"round {run.Round}, {run.Silos} silos, {run.Placement}: batches {Spread(run)}, max/mean {run.Imbalance:0.00}, ")
        + Invariant($"wall {run.Wall.TotalSeconds:0.00} s, batch phase {run.BatchPhase.TotalSeconds:0.00} s, simulation on {run.SimulationSilo}")
        + (run.Failure is null ? "" : $", FAILED: {run.Failure}");

    public static string Runs(IEnumerable<PlacementRun> runs)
    {
        var table = new StringBuilder()
            .AppendLine("| round | silos | placement | batches per silo (a/b/c) | max/mean | wall s | batch phase s | simulation grain on | failure |")
            .AppendLine("| ---: | ---: | --- | --- | ---: | ---: | ---: | --- | --- |");
        foreach (var run in runs.OrderBy(r => r.Silos).ThenBy(r => r.Placement).ThenBy(r => r.Round))
        {
            table.Append(Invariant($"| {run.Round} | {run.Silos} | {run.Placement} | {Spread(run)} | {run.Imbalance:0.00} | "))
                .AppendLine(Invariant($"{run.Wall.TotalSeconds:0.00} | {run.BatchPhase.TotalSeconds:0.00} | {run.SimulationSilo} | {run.Failure} |"));
        }

        return table.ToString().TrimEnd();
    }

    /// <summary>Completed runs only: median, then the lowest and highest in brackets.</summary>
    public static string Summary(IEnumerable<PlacementRun> runs)
    {
        var table = new StringBuilder()
            .AppendLine("| silos | placement | completed runs | max/mean median [min–max] | wall s median [min–max] | batch phase s median [min–max] |")
            .AppendLine("| ---: | --- | ---: | --- | --- | --- |");
        foreach (var group in runs.Where(r => r.Failure is null).GroupBy(r => (r.Silos, r.Placement)).OrderBy(g => g.Key))
        {
            table.Append(Invariant($"| {group.Key.Silos} | {group.Key.Placement} | {group.Count()} | {Range(group.Select(r => r.Imbalance))} | "))
                .AppendLine(Invariant($"{Range(group.Select(r => r.Wall.TotalSeconds))} | {Range(group.Select(r => r.BatchPhase.TotalSeconds))} |"));
        }

        return table.ToString().TrimEnd();
    }

    private static string Spread(PlacementRun run) => string.Join("/", run.BatchesPerSilo);

    private static string Range(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Invariant($"{median:0.00} [{sorted[0]:0.00}–{sorted[^1]:0.00}]");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
