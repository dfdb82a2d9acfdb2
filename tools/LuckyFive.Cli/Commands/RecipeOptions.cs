using System.CommandLine;

namespace LuckyFive.Cli.Commands;

/// <summary>The options that make a recipe, shared by <c>backtest</c> (run here) and <c>simulate</c> (run by the API).</summary>
internal sealed class RecipeOptions
{
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

    public IEnumerable<Option> All => [Strategy, Preset, Recipe, Tickets, Numbers, Seed, Window, Param];
}
