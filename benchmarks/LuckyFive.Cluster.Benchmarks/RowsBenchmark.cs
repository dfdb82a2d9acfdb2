using System.Diagnostics;
using System.Globalization;
using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.Domain.Recipes;
using LuckyFive.Grains.Database;
using LuckyFive.Grains.Hosting;
using LuckyFive.Grains.Simulations;
using LuckyFive.TestSupport;
using Npgsql;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// "rows": a whole simulation's per-contest rows (contests 501..6882 of the official workbook, hybrid, 20 tickets,
/// window 500) written by <see cref="ContestResultStore"/> into a migrated PostgreSQL, as one binary COPY and as the
/// simulation writes them (batches of 50), several times each; prints each run and the medians.
/// </summary>
internal sealed class RowsBenchmark(TextWriter output)
{
    public const string Name = "rows";
    private const int Runs = 5;
    private const int BatchSize = 50;

    public async Task RunAsync()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        await new PostgresMigrator(dataSource).MigrateAsync([MigrationSet.LuckyFive]);
        var store = new ContestResultStore(new GrainDatabase(dataSource));

        await using var workbook = File.OpenRead(QuinaData.Workbook);
        var history = DrawImporter.Import(DrawHistory.Empty, workbook, DrawFileFormat.Xlsx).History;
        var recipe = Recipe.Create("rows", "hybrid", 42, new Dictionary<string, double> { ["sim_preds"] = 20, ["sim_prev_max"] = 500 });
        var outcomes = new BacktestEngine(history).Run(new BacktestSpec(recipe.Strategy, recipe.Seed, recipe.Parameters, 501, 6882)).Contests;
        output.WriteLine($"{outcomes.Count} contests, {outcomes.Sum(o => o.Tickets.Length)} tickets; load {File.ReadAllText("/proc/loadavg").Trim()}");

        var whole = new List<double>();
        var batched = new List<double>();
        for (var run = 0; run < Runs + 1; run++)
        {
            var one = await TimeAsync(() => store.WriteAsync($"whole-{run}", 501, 6882, outcomes, CancellationToken.None));
            var many = await TimeAsync(async () =>
            {
                foreach (var batch in outcomes.Chunk(BatchSize))
                {
                    await store.WriteAsync($"batched-{run}", batch[0].Contest, batch[^1].Contest, batch, CancellationToken.None);
                }
            });
            if (run > 0)
            {
                whole.Add(one);
                batched.Add(many);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: one COPY {one:F3} s, {outcomes.Count / BatchSize + 1} COPYs of {BatchSize} {many:F3} s"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median (first run not counted): one COPY {Median(whole):F3} s, batches of {BatchSize} {Median(batched):F3} s"));
    }

    private static async Task<double> TimeAsync(Func<Task> write)
    {
        var clock = Stopwatch.StartNew();
        await write();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
