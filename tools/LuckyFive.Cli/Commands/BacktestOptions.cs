using System.CommandLine;

namespace LuckyFive.Cli.Commands;

/// <summary>The options of <c>luckyfive backtest</c> (docs/cli.md).</summary>
internal sealed class BacktestOptions
{
    public Option<string?> Draws { get; } = new("--draws") { Description = "Results file (.xlsx workbook or .csv); default: a synthetic demo history." };

    public Option<string?> Sheet { get; } = CommonOptions.Sheet();

    public Option<int?> From { get; } = WholeNumberOption.Create<int>("--from", "First contest (default: 100 contests before the last).");

    public Option<int?> To { get; } = WholeNumberOption.Create<int>("--to", "Last contest (default: the last in the history).");

    /// <summary>The recipe: strategy, preset or file, and the values that override it.</summary>
    public RecipeOptions Recipes { get; } = new();

    public Option<int?> BatchSize { get; } = WholeNumberOption.Create<int>("--batch-size", "Contests per batch, at least 1 (default 64; results never depend on it).");

    public Option<int?> Parallelism { get; } = WholeNumberOption.Create<int>("--parallelism", "Batches run at once, at least 1 (default: one per core).");

    public Option<string?> Prices { get; } = new("--prices") { Description = "Base price table CSV (columns effective_from, base_price_cents) replacing the official one." };

    public Option<string?> Culture { get; } = CommonOptions.Culture();

    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON document to stdout (docs/cli.md); its numbers are always invariant." };

    public IEnumerable<Option> All =>
        [Draws, Sheet, From, To, .. Recipes.All, BatchSize, Parallelism, Prices, Culture, Json];
}
