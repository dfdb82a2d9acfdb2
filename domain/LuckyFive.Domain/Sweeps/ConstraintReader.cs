using System.Text.Json;
using LuckyFive.Domain.Recipes;

namespace LuckyFive.Domain.Sweeps;

/// <summary>Reads and validates one entry of a sweep's <c>constraints</c> array.</summary>
internal static class ConstraintReader
{
    private static readonly Dictionary<string, ConstraintKind> Kinds = new(StringComparer.Ordinal)
    {
        ["sum"] = ConstraintKind.Sum,
        ["ratio"] = ConstraintKind.Ratio,
        ["min"] = ConstraintKind.Min,
        ["max"] = ConstraintKind.Max,
    };

    private static readonly string[] ToleranceFields = ["type", "parameters", "value", "tolerance"];
    private static readonly string[] PlainFields = ["type", "parameters", "value"];

    /// <summary>Returns the constraint, or null after recording errors; <paramref name="strategy"/> null skips name checks.</summary>
    public static SweepConstraint? Read(JsonElement element, string path, string? strategy, List<FieldError> errors)
    {
        var errorsBefore = errors.Count;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(path, $"must be a JSON object, got {JsonObjectReader.Describe(element)}"));
            return null;
        }

        var typePath = JsonObjectReader.Child(path, "type");
        if (!element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || !Kinds.TryGetValue(type.GetString()!, out var kind))
        {
            var got = element.TryGetProperty("type", out var t) ? $", got {JsonObjectReader.Describe(t)}" : "";
            errors.Add(new FieldError(typePath, $"must be one of {string.Join(", ", Kinds.Keys)}{got}"));
            return null;
        }

        // Tolerance only makes sense for equality-style constraints; on min/max it would be silently meaningless.
        var hasTolerance = kind is ConstraintKind.Sum or ConstraintKind.Ratio;
        var reader = JsonObjectReader.Open(element, path, errors, hasTolerance ? ToleranceFields : PlainFields)!;
        var names = ReadNames(reader, kind, strategy, errors);
        var value = reader.ReadDouble("value", required: true);
        var tolerance = hasTolerance ? reader.ReadDouble("tolerance", required: false) ?? SweepConstraint.DefaultTolerance : 0;
        if (tolerance < 0)
        {
            errors.Add(new FieldError(reader.PathOf("tolerance"), $"must be at least 0, got {NumberText.Of(tolerance)}"));
        }

        return errors.Count > errorsBefore || names is null || value is null
            ? null
            : new SweepConstraint(kind, names, value.Value, tolerance);
    }

    private static List<string>? ReadNames(JsonObjectReader reader, ConstraintKind kind, string? strategy, List<FieldError> errors)
    {
        if (!reader.TryGet("parameters", required: true, out var element))
        {
            return null;
        }

        var path = reader.PathOf("parameters");
        var rule = kind == ConstraintKind.Ratio ? "an array of exactly two parameter names" : "a non-empty array of parameter names";
        var length = element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : -1;
        if (length < 1 || (kind == ConstraintKind.Ratio && length != 2))
        {
            errors.Add(new FieldError(path, $"must be {rule}, got {(length >= 0 ? $"{length} names" : JsonObjectReader.Describe(element))}"));
            return null;
        }

        var names = new List<string>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonObjectReader.Item(path, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                errors.Add(new FieldError(itemPath, $"must be a parameter name, got {JsonObjectReader.Describe(item)}"));
                continue;
            }

            var name = item.GetString()!;
            if (names.Contains(name))
            {
                errors.Add(new FieldError(itemPath, $"duplicate parameter '{name}'"));
            }
            else if (strategy is not null && RecipeValidator.TryFindSpec(strategy, name) is null)
            {
                errors.Add(new FieldError(itemPath,
                    $"unknown parameter '{name}' for strategy '{strategy}'; known: {RecipeValidator.KnownParameters(strategy)}"));
            }

            names.Add(name);
        }

        return names;
    }
}
