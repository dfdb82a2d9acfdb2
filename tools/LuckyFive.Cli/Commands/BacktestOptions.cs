using System.CommandLine;

namespace LuckyFive.Cli.Commands;

/// <summary>The options of <c>luckyfive backtest</c> (docs/cli.md).</summary>
internal sealed class BacktestOptions
{
    public Option<string?> Draws { get; } = new("--draws") { Description = "Results file (.xlsx workbook or .csv); default: a synthetic demo history." };

    public Option<string?> Sheet { get; } = new("--sheet") { Description = "Worksheet name in an .xlsx file (default QUINA)." };

    public Option<int?> From { get; } = new("--from") { Description = "First contest (default: 100 contests before the last)." };

    public Option<int?> To { get; } = new("--to") { Description = "Last contest (default: the last in the history)." };

    public Option<string?> Strategy { get; } = new("--strategy") { Description = "random, frequency, recency or hybrid (default hybrid)." };

    public Option<string?> Preset { get; } = new("--preset") { Description = "Start from a preset: conservative, balanced or aggressive." };

    public Option<string?> Recipe { get; } = new("--recipe") { Description = "Start from a recipe JSON file (docs/recipes.md)." };

    public Option<int?> Tickets { get; } = new("--tickets") { Description = "Tickets per contest N (sim_preds), 1..100." };

    public Option<int?> Numbers { get; } = new("--numbers") { Description = "Numbers per ticket k, 5..15." };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Random seed (default 42)." };

    public Option<int?> Window { get; } = new("--window") { Description = "History window W (sim_prev_max), 1..10000." };

    public Option<string[]> Param { get; } = new("--param")
    {
        Description = "A strategy parameter as name=value; repeat for more.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int> BatchSize { get; } = new("--batch-size")
    {
        Description = "Contests per batch (results never depend on it).",
        DefaultValueFactory = _ => Domain.Backtesting.BacktestEngine.DefaultBatchSize,
    };

    public Option<int> Parallelism { get; } = new("--parallelism") { Description = "Batches run at once (default: one per core)." };

    public Option<string?> Prices { get; } = new("--prices") { Description = "Base price table CSV (effective_from,base_price_cents) replacing the official one." };

    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON document to stdout (docs/cli.md)." };

    public IEnumerable<Option> All =>
        [Draws, Sheet, From, To, Strategy, Preset, Recipe, Tickets, Numbers, Seed, Window, Param, BatchSize, Parallelism, Prices, Json];
}
