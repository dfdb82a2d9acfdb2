using System.Collections.ObjectModel;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Recipes;

/// <summary>The single place recipe rules live; ranges and defaults come from <see cref="StrategyCatalog"/>.</summary>
internal static class RecipeValidator
{
    public const int MaxNameLength = 200;

    /// <summary>Validates everything and builds the recipe, or returns null after adding errors under <paramref name="path"/>.</summary>
    public static Recipe? Build(
        string? name,
        string? strategy,
        ulong seed,
        IEnumerable<KeyValuePair<string, double>> parameters,
        string path,
        List<FieldError> errors)
    {
        var errorsBefore = errors.Count;
        var nameField = JsonObjectReader.Child(path, "name");
        var strategyField = JsonObjectReader.Child(path, "strategy");
        if (name is null)
        {
            errors.Add(new FieldError(nameField, $"required; {NameRule}"));
        }
        else
        {
            CheckName(name, nameField, errors);
        }

        var strategyKnown = false;
        if (strategy is null)
        {
            errors.Add(new FieldError(strategyField, $"required; one of {KnownStrategies}"));
        }
        else
        {
            strategyKnown = CheckStrategy(strategy, strategyField, errors);
        }

        var values = strategyKnown ? CheckParameters(strategy!, parameters, JsonObjectReader.Child(path, "parameters"), errors) : null;
        return errors.Count > errorsBefore || values is null ? null : Assemble(name!, strategy!, seed, values);
    }

    public static bool CheckName(string name, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            errors.Add(new FieldError(field, $"must be {NameRule}"));
            return false;
        }

        return true;
    }

    public static bool CheckStrategy(string strategy, string field, List<FieldError> errors)
    {
        if (StrategyCatalog.IsKnown(strategy))
        {
            return true;
        }

        errors.Add(new FieldError(field, $"unknown strategy '{strategy}'; one of {KnownStrategies}"));
        return false;
    }

    /// <summary>Checks names and ranges of the given parameters; returns the valid ones (errors recorded for the rest).</summary>
    public static Dictionary<string, double> CheckParameters(
        string strategy, IEnumerable<KeyValuePair<string, double>> parameters, string parametersPath, List<FieldError> errors)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            var field = JsonObjectReader.Child(parametersPath, key);
            if (TryFindSpec(strategy, key) is not { } spec)
            {
                errors.Add(new FieldError(field, $"unknown parameter for strategy '{strategy}'; known: {KnownParameters(strategy)}"));
            }
            else if (!spec.Allows(value))
            {
                errors.Add(new FieldError(field, OutOfRange(spec, value)));
            }
            else
            {
                values[key] = value;
            }
        }

        return values;
    }

    public static string OutOfRange(ParameterSpec spec, double value) => $"must be {spec.RangeText}, got {NumberText.Of(value)}";

    public static ParameterSpec? TryFindSpec(string strategy, string parameter) =>
        StrategyCatalog.AllParametersOf(strategy).FirstOrDefault(s => s.Name == parameter);

    public static string KnownParameters(string strategy) => string.Join(", ", StrategyCatalog.AllParametersOf(strategy).Select(s => s.Name));

    /// <summary>Fills defaults for parameters not given; the values must already be valid.</summary>
    public static Recipe Assemble(string name, string strategy, ulong seed, IReadOnlyDictionary<string, double> values)
    {
        var complete = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var spec in StrategyCatalog.AllParametersOf(strategy))
        {
            complete[spec.Name] = values.TryGetValue(spec.Name, out var v) ? v : spec.Default;
        }

        return new Recipe(name, strategy, seed, new ReadOnlyDictionary<string, double>(complete));
    }

    private static string NameRule => $"a non-empty string of at most {MaxNameLength} characters without control characters";

    private static string KnownStrategies => string.Join(", ", StrategyCatalog.Names.Order(StringComparer.Ordinal));
}
