using System.Text.Json;
using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Sweeps;

/// <summary>Reads and validates one entry of a sweep's <c>parameters</c> array.</summary>
internal static class GeneratorReader
{
    private const int MaxExponent = 1_000;

    private static readonly Dictionary<string, (GeneratorKind Kind, string[] Fields)> Kinds = new(StringComparer.Ordinal)
    {
        ["range"] = (GeneratorKind.Range, ["name", "type", "min", "max", "step"]),
        ["discrete"] = (GeneratorKind.Discrete, ["name", "type", "values"]),
        ["exponential"] = (GeneratorKind.Exponential, ["name", "type", "base", "start", "end"]),
        ["random_uniform"] = (GeneratorKind.RandomUniform, ["name", "type", "min", "max"]),
        ["log_uniform"] = (GeneratorKind.LogUniform, ["name", "type", "min", "max"]),
    };

    public static IEnumerable<string> TypeNames => Kinds.Keys;

    /// <summary>
    /// Returns the parameter, or null after recording errors. <paramref name="strategy"/> is null when the base recipe
    /// is invalid (names cannot be checked then). Grid values are materialised only when their count is within
    /// <paramref name="cap"/>; <paramref name="count"/> is reported either way (1 for random kinds).
    /// </summary>
    public static SweptParameter? Read(JsonElement element, string path, string? strategy, int cap, List<FieldError> errors, out double count)
    {
        count = 1;
        var errorsBefore = errors.Count;
        if (!TryReadType(element, path, errors, out var kind, out var fields))
        {
            return null;
        }

        var reader = JsonObjectReader.Open(element, path, errors, fields)!;
        var name = reader.ReadString("name", required: true);
        ParameterSpec? spec = null;
        if (name is not null && strategy is not null)
        {
            spec = RecipeValidator.TryFindSpec(strategy, name);
            if (spec is null)
            {
                errors.Add(new FieldError(reader.PathOf("name"),
                    $"unknown parameter '{name}' for strategy '{strategy}'; known: {RecipeValidator.KnownParameters(strategy)}"));
            }
        }

        var parameter = kind switch
        {
            GeneratorKind.Range => ReadRange(reader, spec, cap, errors, out count),
            GeneratorKind.Discrete => ReadDiscrete(reader, spec, errors, out count),
            GeneratorKind.Exponential => ReadExponential(reader, spec, cap, errors, out count),
            _ => ReadRandom(reader, kind, spec, errors),
        };

        return errors.Count > errorsBefore ? null : parameter;
    }

    private static bool TryReadType(
        JsonElement element, string path, List<FieldError> errors, out GeneratorKind kind, out string[] fields)
    {
        kind = default;
        fields = [];
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(path, $"must be a JSON object, got {JsonObjectReader.Describe(element)}"));
            return false;
        }

        var typePath = JsonObjectReader.Child(path, "type");
        if (!element.TryGetProperty("type", out var type))
        {
            errors.Add(new FieldError(typePath, $"required; one of {string.Join(", ", TypeNames)}"));
            return false;
        }

        if (type.ValueKind != JsonValueKind.String || !Kinds.TryGetValue(type.GetString()!, out var entry))
        {
            errors.Add(new FieldError(typePath, $"must be one of {string.Join(", ", TypeNames)}, got {JsonObjectReader.Describe(type)}"));
            return false;
        }

        (kind, fields) = entry;
        return true;
    }

    private static SweptParameter? ReadRange(JsonObjectReader reader, ParameterSpec? spec, int cap, List<FieldError> errors, out double count)
    {
        count = 1;
        var min = reader.ReadDouble("min", required: true);
        var max = reader.ReadDouble("max", required: true);
        var step = reader.ReadDouble("step", required: true);
        if (min is null || max is null || step is null)
        {
            return null;
        }

        var ok = true;
        if (step <= 0)
        {
            errors.Add(new FieldError(reader.PathOf("step"), $"must be greater than 0, got {NumberText.Of(step.Value)}"));
            ok = false;
        }

        if (min > max)
        {
            errors.Add(new FieldError(reader.PathOf("max"), $"must be at least min ({NumberText.Of(min.Value)}), got {NumberText.Of(max.Value)}"));
            ok = false;
        }

        if (spec is { IsInteger: true })
        {
            // Integer parameters need integer values; min and step being whole numbers is exactly what guarantees that.
            ok &= RequireInteger(reader, "min", min.Value, spec, errors);
            ok &= RequireInteger(reader, "step", step.Value, spec, errors);
        }

        if (!ok || spec is null)
        {
            return null;
        }

        count = GridValues.RangeCount(min.Value, max.Value, step.Value);
        return count > cap ? null : Checked(reader, spec, GeneratorKind.Range, GridValues.Range(min.Value, step.Value, (int)count), errors);
    }

    private static SweptParameter? ReadDiscrete(JsonObjectReader reader, ParameterSpec? spec, List<FieldError> errors, out double count)
    {
        count = 1;
        if (!reader.TryGet("values", required: true, out var element))
        {
            return null;
        }

        var path = reader.PathOf("values");
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            errors.Add(new FieldError(path, $"must be a non-empty array of numbers, got {JsonObjectReader.Describe(element)}"));
            return null;
        }

        var values = new List<double>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonObjectReader.Item(path, index++);
            if (JsonObjectReader.ReadFiniteNumber(item, itemPath, errors) is not { } value)
            {
                continue;
            }

            if (values.Contains(value))
            {
                errors.Add(new FieldError(itemPath, $"duplicate value {NumberText.Of(value)}"));
            }
            else if (spec is not null && !spec.Allows(value))
            {
                errors.Add(new FieldError(itemPath, RecipeValidator.OutOfRange(spec, value)));
            }

            values.Add(value);
        }

        count = values.Count;
        return spec is null ? null : new SweptParameter(spec, GeneratorKind.Discrete, values, 0, 0);
    }

    private static SweptParameter? ReadExponential(
        JsonObjectReader reader, ParameterSpec? spec, int cap, List<FieldError> errors, out double count)
    {
        count = 1;
        var @base = reader.ReadDouble("base", required: true);
        var start = reader.ReadInt("start", required: true, -MaxExponent, MaxExponent);
        var end = reader.ReadInt("end", required: true, -MaxExponent, MaxExponent);
        if (@base is null || start is null || end is null)
        {
            return null;
        }

        var ok = true;
        if (@base <= 0)
        {
            errors.Add(new FieldError(reader.PathOf("base"), $"must be greater than 0, got {NumberText.Of(@base.Value)}"));
            ok = false;
        }

        if (start > end)
        {
            errors.Add(new FieldError(reader.PathOf("end"), $"must be at least start ({start}), got {end}"));
            ok = false;
        }

        if (!ok || spec is null)
        {
            return null;
        }

        count = end.Value - start.Value + 1;
        return count > cap ? null : Checked(reader, spec, GeneratorKind.Exponential, GridValues.Exponential(@base.Value, start.Value, end.Value), errors);
    }

    private static SweptParameter? ReadRandom(JsonObjectReader reader, GeneratorKind kind, ParameterSpec? spec, List<FieldError> errors)
    {
        var min = reader.ReadDouble("min", required: true);
        var max = reader.ReadDouble("max", required: true);
        if (min is null || max is null)
        {
            return null;
        }

        var ok = true;
        if (kind == GeneratorKind.LogUniform && min <= 0)
        {
            errors.Add(new FieldError(reader.PathOf("min"), $"must be greater than 0 for log_uniform, got {NumberText.Of(min.Value)}"));
            ok = false;
        }

        if (min > max)
        {
            errors.Add(new FieldError(reader.PathOf("max"), $"must be at least min ({NumberText.Of(min.Value)}), got {NumberText.Of(max.Value)}"));
            ok = false;
        }

        if (spec is not null)
        {
            // Bounds inside the parameter's range keep every draw inside it (integer draws round to whole numbers in range).
            ok &= RequireWithin(reader, "min", min.Value, spec, errors);
            ok &= RequireWithin(reader, "max", max.Value, spec, errors);
        }

        return ok && spec is not null ? new SweptParameter(spec, kind, [], min.Value, max.Value) : null;
    }

    private static SweptParameter? Checked(
        JsonObjectReader reader, ParameterSpec spec, GeneratorKind kind, double[] values, List<FieldError> errors)
    {
        foreach (var value in values)
        {
            if (spec.Allows(value))
            {
                continue;
            }

            // One error per generator is enough to locate the problem; listing thousands would bury it.
            var reason = spec.IsInteger && double.IsFinite(value) && Math.Floor(value) != value
                ? $"produces {NumberText.Of(value)}, but '{spec.Name}' is an integer parameter; every generated value must be {spec.RangeText}"
                : $"produces {NumberText.Of(value)}, but '{spec.Name}' must be {spec.RangeText}";
            errors.Add(new FieldError(reader.Path, reason));
            return null;
        }

        return new SweptParameter(spec, kind, values, 0, 0);
    }

    private static bool RequireInteger(JsonObjectReader reader, string field, double value, ParameterSpec spec, List<FieldError> errors)
    {
        if (Math.Floor(value) == value)
        {
            return true;
        }

        errors.Add(new FieldError(reader.PathOf(field),
            $"must be a whole number because '{spec.Name}' is an integer parameter, got {NumberText.Of(value)}"));
        return false;
    }

    private static bool RequireWithin(JsonObjectReader reader, string field, double value, ParameterSpec spec, List<FieldError> errors)
    {
        if (value >= spec.Min && value <= spec.Max)
        {
            return true;
        }

        errors.Add(new FieldError(reader.PathOf(field),
            $"must lie within '{spec.Name}' range {NumberText.Of(spec.Min)}..{NumberText.Of(spec.Max)}, got {NumberText.Of(value)}"));
        return false;
    }
}
