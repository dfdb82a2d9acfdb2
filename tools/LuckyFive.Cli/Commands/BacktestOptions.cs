using System.CommandLine;

namespace LuckyFive.Cli.Commands;

/// <summary>The options of <c>luckyfive backtest</c> (docs/cli.md).</summary>
internal sealed class BacktestOptions
{
    public Option<string?> Draws { get; } = new("--draws") { Description = "Results file (.xlsx workbook or .csv); default: a synthetic demo history." };

    public Option<string?> Sheet { get; } = CommonOptions.Sheet();

    public Option<int?> From { get; } = WholeNumberOption.Create<int>("--from", "First contest (default: 100 contests before the last).");

    public Option<int?> To { get; } = WholeNumberOption.Create<int>("--to", "Last contest (default: the last in the history).");

    public Option<string?> Strategy { get; } = new("--strategy") { Description = "random, frequency, recency or hybrid (default hybrid); case does not matter." };

    public Option<string?> Preset { get; } = new("--preset") { Description = "Start from a preset: conservative, balanced or aggressive." };

    public Option<string?> Recipe { get; } = new("--recipe") { Description = "Start from a recipe JSON file (docs/recipes.md)." };

    public Option<int?> Tickets { get; } = WholeNumberOption.Create<int>("--tickets", "Tickets per contest N (sim_preds), 1..100.");

    public Option<int?> Numbers { get; } = WholeNumberOption.Create<int>("--numbers", "Numbers per ticket k, 5..15.");

    public Option<ulong?> Seed { get; } = WholeNumberOption.Create<ulong>("--seed", "Random seed (default 42).");

    public Option<int?> Window { get; } = WholeNumberOption.Create<int>("--window", "History window W (sim_prev_max), 1..10000.");

    public Option<string[]> Param { get; } = new("--param")
    {
        Description = "A strategy parameter as name=value; repeat for more.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int?> BatchSize { get; } = WholeNumberOption.Create<int>("--batch-size", "Contests per batch, at least 1 (default 64; results never depend on it).");

    public Option<int?> Parallelism { get; } = WholeNumberOption.Create<int>("--parallelism", "Batches run at once, at least 1 (default: one per core).");

    public Option<string?> Prices { get; } = new("--prices") { Description = "Base price table CSV (columns effective_from, base_price_cents) replacing the official one." };

    public Option<string?> Culture { get; } = CommonOptions.Culture();

    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON document to stdout (docs/cli.md); its numbers are always invariant." };

    public IEnumerable<Option> All =>
        [Draws, Sheet, From, To, Strategy, Preset, Recipe, Tickets, Numbers, Seed, Window, Param, BatchSize, Parallelism, Prices, Culture, Json];
}
