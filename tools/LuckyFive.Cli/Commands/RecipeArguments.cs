using System.CommandLine;
using System.Globalization;
using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Cli.Commands;

/// <summary>Builds the run's recipe: a recipe file or preset (if any), then the explicit options on top.</summary>
internal static class RecipeArguments
{
    public static Recipe Resolve(ParseResult parse, RecipeOptions options)
    {
        var recipeFile = parse.GetValue(options.Recipe);
        var preset = parse.GetValue(options.Preset);
        if (recipeFile is not null && preset is not null)
        {
            throw new CliException("--recipe: cannot be combined with --preset; choose one starting point");
        }

        var strategy = parse.GetValue(options.Strategy) is { } named
            ? StrategyCatalog.Find(named) ?? throw new CliException(
                $"--strategy: unknown strategy '{named}'; one of {string.Join(", ", StrategyCatalog.Names.Order(StringComparer.Ordinal))}")
            : null;
        var overrides = ParseParams(parse.GetValue(options.Param) ?? []);
        Put(overrides, StrategyCatalog.Tickets.Name, parse.GetValue(options.Tickets));
        Put(overrides, StrategyCatalog.Numbers.Name, parse.GetValue(options.Numbers));
        Put(overrides, StrategyCatalog.Window.Name, parse.GetValue(options.Window));
        var seed = parse.GetValue(options.Seed);

        Recipe? start = null;
        if (recipeFile is not null)
        {
            start = ReadRecipe(recipeFile);
        }
        else if (preset is not null && !Presets.TryGet(preset, out start))
        {
            throw new CliException($"--preset: unknown preset '{preset}'; known: {string.Join(", ", Presets.Names)}");
        }

        if (start is not null && strategy is not null && strategy != start.Strategy)
        {
            throw new CliException($"--strategy: '{strategy}' conflicts with the strategy '{start.Strategy}' of the {(recipeFile is null ? "preset" : "recipe")}");
        }

        var result = start is null
            ? Domain.Recipes.Recipe.TryCreate("cli", strategy ?? StrategyCatalog.Hybrid, seed ?? Presets.DefaultSeed, overrides)
            : start.With(overrides, seed: seed);
        return result.IsValid
            ? result.Value!
            : throw new CliException([.. result.Errors.Select(e => $"{OptionFor(e.Field)}: {e.Reason}")]);
    }

    private static Dictionary<string, double> ParseParams(IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !double.TryParse(pair[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new CliException($"--param: '{pair}' is not name=number (e.g. --param alpha=0.4)");
            }

            values[pair[..equals].Trim()] = value;
        }

        return values;
    }

    private static void Put(Dictionary<string, double> values, string name, int? value)
    {
        if (value is { } given)
        {
            values[name] = given;
        }
    }

    private static Recipe ReadRecipe(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"--recipe: no file at '{path}'");
        }

        var parsed = RecipeJson.Parse(File.ReadAllText(path));
        return parsed.IsValid
            ? parsed.Value!
            : throw new CliException($"--recipe: '{path}' is not a valid recipe:" + string.Concat(parsed.Errors.Select(e => Environment.NewLine + "  " + e)));
    }

    /// <summary>Names the command-line option behind a recipe field, so the message points at what the user typed.</summary>
    private static string OptionFor(string field)
    {
        var name = field.StartsWith("parameters.", StringComparison.Ordinal) ? field["parameters.".Length..] : field;
        return name switch
        {
            "sim_preds" => "--tickets",
            "numbers" => "--numbers",
            "sim_prev_max" => "--window",
            "strategy" => "--strategy",
            "seed" => "--seed",
            _ => $"--param {name}",
        };
    }
}
