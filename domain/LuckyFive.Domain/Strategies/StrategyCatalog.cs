using System.Collections.Frozen;

namespace LuckyFive.Domain.Strategies;

/// <summary>
/// The strategies LuckyFive knows and each one's parameters (docs/strategies.md has the math).
/// Every run also takes the common parameters: window (sim_prev_max), tickets (sim_preds) and numbers per ticket.
/// </summary>
public static class StrategyCatalog
{
    public const string Random = "random";
    public const string Frequency = "frequency";
    public const string Recency = "recency";
    public const string Hybrid = "hybrid";

    public static readonly ParameterSpec Window =
        new("sim_prev_max", 1, 10_000, 500, true, "History window W: the last W draws before each contest.");

    public static readonly ParameterSpec Tickets =
        new("sim_preds", 1, 100, 20, true, "Tickets per contest N.");

    public static readonly ParameterSpec Numbers =
        new("numbers", Quina.MinTicketSize, Quina.MaxTicketSize, Quina.MinTicketSize, true, "Numbers per ticket k.");

    /// <summary>The parameters every strategy takes.</summary>
    public static IReadOnlyList<ParameterSpec> Common { get; } = [Window, Tickets, Numbers];

    private static readonly ParameterSpec Lambda = new("lambda", 0, 1, 0.08, false, "Recency decay λ: a draw d contests ago weighs exp(-λ·d).");

    private static readonly FrozenDictionary<string, IReadOnlyList<ParameterSpec>> Specific =
        new Dictionary<string, IReadOnlyList<ParameterSpec>>
        {
            [Random] = [],
            [Frequency] = [new("power", 0, 10, 1, false, "Exponent on (count + 1): 0 is uniform, larger favours hot numbers more.")],
            [Recency] = [Lambda],
            [Hybrid] =
            [
                new("alpha", 0, 1, 0.35, false, "Weight of pair co-occurrence in the ticket score."),
                new("beta", 0, 1, 0.25, false, "Weight of recency-weighted marginal probability."),
                new("gamma", 0, 1, 0.2, false, "Weight of long-run frequency over the window."),
                new("delta", 0, 1, 0.2, false, "Weight of the decade-cluster penalty."),
                Lambda,
                new("cooccurrence_window", 1, 10_000, 100, true, "Draws used for pair co-occurrence (capped by the window)."),
                new("hot_window", 1, 1_000, 15, true, "A number absent from the last hot_window draws is cold."),
                new("hot_cold_boost", 1, 10, 1.5, false, "Multiplier on a cold number's sampling weight."),
                new("candidates", 0, 10_000, 0, true, "Candidate tickets per contest; 0 means max(50, 10·N)."),
                new("hill_climb_steps", 0, 1_000, 40, true, "Hill-climb steps per candidate."),
                new("generations", 0, 1_000, 40, true, "Genetic-algorithm generations."),
                new("refine_steps", 0, 1_000, 60, true, "Hill-climb steps on each evolved ticket."),
                new("mutation_rate", 0, 1, 0.15, false, "Probability that a child ticket mutates one number."),
                new("elite", 0, 100, 10, true, "Best tickets copied unchanged into the next generation."),
                new("coverage", 0, 1, 0.25, false, "Final selection bonus for numbers no earlier ticket of the contest covers."),
            ],
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Specific.Keys;

    public static bool IsKnown(string strategy) => Specific.ContainsKey(strategy);

    /// <summary>The catalog name <paramref name="name"/> stands for, ignoring case ("RANDOM" is <see cref="Random"/>), or null.</summary>
    public static string? Find(string name) =>
        Names.FirstOrDefault(known => string.Equals(known, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The strategy's own parameters (not the common ones).</summary>
    public static IReadOnlyList<ParameterSpec> ParametersOf(string strategy) =>
        Specific.TryGetValue(strategy, out var specs)
            ? specs
            : throw new ArgumentException($"Unknown strategy '{strategy}'; known: {string.Join(", ", Names.Order())}.", nameof(strategy));

    /// <summary>Common and strategy parameters together.</summary>
    public static IEnumerable<ParameterSpec> AllParametersOf(string strategy) => Common.Concat(ParametersOf(strategy));
}
