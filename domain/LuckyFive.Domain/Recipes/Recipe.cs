using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Recipes;

/// <summary>
/// A complete, validated description of one run: which strategy, with which parameters, from which seed.
/// Every parameter of the strategy is present (defaults filled in), so a recipe alone reproduces a run.
/// Instances exist only through <see cref="TryCreate"/>, <see cref="With"/> or <see cref="RecipeJson.Parse"/>,
/// so holding a <see cref="Recipe"/> means holding a valid one.
/// </summary>
public sealed record Recipe
{
    /// <summary>The recipe format version this code reads and writes.</summary>
    public const int CurrentVersion = 1;

    internal Recipe(string name, string strategy, ulong seed, IReadOnlyDictionary<string, double> parameters)
    {
        Name = name;
        Strategy = strategy;
        Seed = seed;
        Parameters = parameters;
    }

    public int Version { get; } = CurrentVersion;

    public string Name { get; }

    /// <summary>A <see cref="StrategyCatalog"/> name.</summary>
    public string Strategy { get; }

    public ulong Seed { get; }

    /// <summary>Every parameter of <see cref="StrategyCatalog.AllParametersOf"/> the strategy, by snake_case name.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>History window W (<c>sim_prev_max</c>).</summary>
    public int Window => GetInt(StrategyCatalog.Window.Name);

    /// <summary>Tickets per contest N (<c>sim_preds</c>).</summary>
    public int Tickets => GetInt(StrategyCatalog.Tickets.Name);

    /// <summary>Numbers per ticket k (<c>numbers</c>).</summary>
    public int Numbers => GetInt(StrategyCatalog.Numbers.Name);

    public double Get(string name) =>
        Parameters.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"Strategy '{Strategy}' has no parameter '{name}'.", nameof(name));

    /// <summary>An integer parameter; validation guarantees integer parameters hold whole numbers in int range.</summary>
    public int GetInt(string name) => checked((int)Get(name));

    /// <summary>Validates and builds a recipe; parameters not given take their catalog defaults.</summary>
    public static ParseResult<Recipe> TryCreate(
        string name, string strategy, ulong seed, IReadOnlyDictionary<string, double>? parameters = null)
    {
        var errors = new List<FieldError>();
        var recipe = RecipeValidator.Build(name, strategy, seed, parameters ?? new Dictionary<string, double>(), "", errors);
        return ParseResults.From(recipe, errors);
    }

    /// <summary>Like <see cref="TryCreate"/> but throws <see cref="ArgumentException"/> listing every error.</summary>
    public static Recipe Create(string name, string strategy, ulong seed, IReadOnlyDictionary<string, double>? parameters = null) =>
        TryCreate(name, strategy, seed, parameters).GetValueOrThrow();

    /// <summary>A copy with some parameters overridden and optionally a new name or seed, validated again.</summary>
    public ParseResult<Recipe> With(IReadOnlyDictionary<string, double>? overrides = null, string? name = null, ulong? seed = null)
    {
        var merged = new Dictionary<string, double>(Parameters, StringComparer.Ordinal);
        foreach (var (key, value) in overrides ?? new Dictionary<string, double>())
        {
            merged[key] = value;
        }

        return TryCreate(name ?? Name, Strategy, seed ?? Seed, merged);
    }

    // Records compare dictionaries by reference; two recipes are equal when they describe the same run.
    public bool Equals(Recipe? other) =>
        other is not null
        && Name == other.Name
        && Strategy == other.Strategy
        && Seed == other.Seed
        && Parameters.Count == other.Parameters.Count
        && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var v) && v.Equals(p.Value));

    public override int GetHashCode() => HashCode.Combine(Name, Strategy, Seed, Parameters.Count);

    public override string ToString() => RecipeJson.Serialize(this);
}
