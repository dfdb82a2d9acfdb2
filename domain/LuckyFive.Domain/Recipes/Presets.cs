using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Recipes;

/// <summary>
/// The three built-in hybrid presets. Weights, window and ticket counts are the original product's preset table
/// (domain-original.md §2.2); unlike the original, they are complete recipes that validate and run.
/// Every other parameter keeps its <see cref="StrategyCatalog"/> default.
/// </summary>
public static class Presets
{
    /// <summary>The seed every preset carries; callers that want other streams override it (e.g. <c>--seed</c>).</summary>
    public const ulong DefaultSeed = 42;

    public const string Conservative = "conservative";
    public const string Balanced = "balanced";
    public const string Aggressive = "aggressive";

    /// <summary>The presets in display order.</summary>
    public static IReadOnlyList<Preset> All { get; } =
    [
        Make(Conservative, "Conservative", RiskLevel.Low, 1,
            "Longest history window (500 draws), 20 tickets per contest; the smallest spend of the three.",
            alpha: 0.3, beta: 0.25, gamma: 0.25, delta: 0.2, window: 500, tickets: 20),
        Make(Balanced, "Balanced", RiskLevel.Medium, 2,
            "400-draw window, 25 tickets per contest, pair co-occurrence weighted a little higher.",
            alpha: 0.35, beta: 0.25, gamma: 0.2, delta: 0.2, window: 400, tickets: 25),
        Make(Aggressive, "Aggressive", RiskLevel.High, 3,
            "Shortest window (300 draws), 30 tickets per contest, most weight on pairs and recency; the largest spend.",
            alpha: 0.4, beta: 0.3, gamma: 0.15, delta: 0.15, window: 300, tickets: 30),
    ];

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    public static bool TryGet(string name, out Recipe recipe)
    {
        if (TryGetPreset(name, out var preset))
        {
            recipe = preset.Recipe;
            return true;
        }

        recipe = null!;
        return false;
    }

    /// <summary>Looks a preset up by its name, ignoring case ("Balanced" finds <c>balanced</c>).</summary>
    public static bool TryGetPreset(string name, out Preset preset)
    {
        preset = All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))!;
        return preset is not null;
    }

    private static Preset Make(
        string name, string displayName, RiskLevel risk, int order, string description,
        double alpha, double beta, double gamma, double delta, int window, int tickets)
    {
        var recipe = Recipe.Create(name, StrategyCatalog.Hybrid, DefaultSeed, new Dictionary<string, double>
        {
            ["alpha"] = alpha,
            ["beta"] = beta,
            ["gamma"] = gamma,
            ["delta"] = delta,
            [StrategyCatalog.Window.Name] = window,
            [StrategyCatalog.Tickets.Name] = tickets,
        });
        return new Preset(name, displayName, risk, order, description, recipe);
    }
}
