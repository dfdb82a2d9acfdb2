using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Strategies;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// A simulation to run: a preset or a recipe, the contest range, and optional overrides of the recipe's tickets,
/// numbers, window, parameters and seed; optionally a bankroll ledger that pays the bets.
/// A saved config (<see cref="SavedConfigBody"/>) is this request with a name.
/// </summary>
internal record SimulationRequest
{
    /// <summary>A preset's name (see <c>GET /api/v1/presets</c>); give this or <see cref="Recipe"/>.</summary>
    public string? Preset { get; init; }

    /// <summary>A recipe: a strategy with its parameters and seed; give this or <see cref="Preset"/>.</summary>
    public RecipeBody? Recipe { get; init; }

    public int? FromContest { get; init; }

    public int? ToContest { get; init; }

    public int? Tickets { get; init; }

    public int? Numbers { get; init; }

    public int? Window { get; init; }

    public ulong? Seed { get; init; }

    /// <summary>Parameter overrides on top of the preset's or recipe's.</summary>
    public Dictionary<string, double>? Parameters { get; init; }

    public string? LedgerId { get; init; }

    public int? BatchSize { get; init; }

    /// <summary>The grain's spec, or the request's own problems (field → reasons).</summary>
    public SimulationSpec? ToSpec(Dictionary<string, string[]> errors)
    {
        string? strategy = null;
        ulong seed = Presets.DefaultSeed;
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        if ((Preset is null) == (Recipe is null))
        {
            errors["preset"] = [$"give either a preset ({string.Join(", ", Presets.Names)}) or a recipe, not {(Preset is null ? "neither" : "both")}"];
        }
        else if (Preset is not null)
        {
            if (Presets.TryGet(Preset, out var recipe))
            {
                (strategy, seed) = (recipe.Strategy, recipe.Seed);
                Merge(parameters, recipe.Parameters);
            }
            else
            {
                errors["preset"] = [$"unknown preset '{Preset}'; one of {string.Join(", ", Presets.Names)}"];
            }
        }
        else if (Recipe!.Strategy is null)
        {
            errors["recipe.strategy"] = [$"required; one of {string.Join(", ", StrategyCatalog.Names.Order(StringComparer.Ordinal))}"];
        }
        else
        {
            strategy = Recipe.Strategy;
            seed = Recipe.Seed ?? seed;
            Merge(parameters, Recipe.Parameters);
        }

        Merge(parameters, Parameters);
        SetIfGiven(parameters, StrategyCatalog.Tickets.Name, Tickets);
        SetIfGiven(parameters, StrategyCatalog.Numbers.Name, Numbers);
        SetIfGiven(parameters, StrategyCatalog.Window.Name, Window);
        Require(FromContest, "from_contest", errors);
        Require(ToContest, "to_contest", errors);
        if (errors.Count > 0 || strategy is null)
        {
            return null;
        }

        return new SimulationSpec
        {
            Strategy = strategy,
            Seed = Seed ?? seed,
            Parameters = parameters,
            FromContest = FromContest!.Value,
            ToContest = ToContest!.Value,
            Preset = Preset is null ? null : Preset.ToLowerInvariant(),
            LedgerId = LedgerId,
            BatchSize = BatchSize ?? SimulationSpec.DefaultBatchSize,
        };
    }

    /// <summary>The request field a grain-side problem belongs to.</summary>
    public string FieldOf(string specField)
    {
        const string Prefix = "parameters.";
        if (specField is "from" or "to")
        {
            return $"{specField}_contest";
        }

        if (specField == "strategy")
        {
            return "recipe.strategy";
        }

        if (!specField.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return specField;
        }

        // A value given as tickets, numbers or window is reported there, under the name the request used.
        var name = specField[Prefix.Length..];
        var topLevel = name == StrategyCatalog.Tickets.Name && Tickets is not null ? "tickets"
            : name == StrategyCatalog.Numbers.Name && Numbers is not null ? "numbers"
            : name == StrategyCatalog.Window.Name && Window is not null ? "window"
            : null;
        return topLevel
            ?? (Parameters?.ContainsKey(name) == true ? specField
            : Recipe is not null ? $"recipe.{specField}"
            : specField);
    }

    private static void Merge(Dictionary<string, double> into, IReadOnlyDictionary<string, double>? values)
    {
        foreach (var (name, value) in values ?? new Dictionary<string, double>())
        {
            into[name] = value;
        }
    }

    private static void SetIfGiven(Dictionary<string, double> parameters, string name, int? value)
    {
        if (value is { } given)
        {
            parameters[name] = given;
        }
    }

    private static void Require(int? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            errors[field] = ["required: a contest number"];
        }
    }
}

/// <summary>A recipe in a request: a strategy, its parameters and a seed.</summary>
internal sealed record RecipeBody
{
    public string? Strategy { get; init; }

    public Dictionary<string, double>? Parameters { get; init; }

    public ulong? Seed { get; init; }
}
