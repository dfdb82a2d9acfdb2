using System.Globalization;
using System.Numerics;
using System.Text.Json;
using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Sweeps;

/// <summary>
/// The versioned sweep file format (docs/recipes.md): a base recipe, parameter generators, constraints,
/// samples, replicates and a cap. Parsing validates everything, including every grid value against its
/// parameter's range and the size against the cap, so a parsed <see cref="SweepSpec"/> always generates.
/// </summary>
public static class SweepSpecJson
{
    private static readonly string[] Fields =
        ["version", "name", "description", "base_recipe", "seed", "samples", "replicates", "max_variations", "parameters", "constraints"];

    public static ParseResult<SweepSpec> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<FieldError>();
        using var document = StrictJson.TryParse(json, errors);
        var spec = document is null ? null : Read(document.RootElement, errors);
        return ParseResults.From(spec, errors);
    }

    private static SweepSpec? Read(JsonElement root, List<FieldError> errors)
    {
        var reader = JsonObjectReader.Open(root, "", errors, Fields);
        if (reader is null)
        {
            return null;
        }

        ReadVersion(reader, errors);
        var name = reader.ReadString("name", required: true);
        if (name is not null)
        {
            RecipeValidator.CheckName(name, reader.PathOf("name"), errors);
        }

        var description = reader.ReadString("description", required: false);
        var baseRecipe = reader.TryGet("base_recipe", required: true, out var baseElement)
            ? RecipeJson.Read(baseElement, "base_recipe", errors)
            : null;
        var strategy = baseRecipe?.Strategy ?? StrategyOf(baseElement);
        var seed = reader.ReadUInt64("seed", required: false);
        var samples = reader.ReadInt("samples", required: false, 1, SweepSpec.MaxMaxVariations);
        var replicates = reader.ReadInt("replicates", required: false, 1, SweepSpec.MaxReplicates) ?? 1;
        var maxVariations = reader.ReadInt("max_variations", required: false, 1, SweepSpec.MaxMaxVariations) ?? SweepSpec.DefaultMaxVariations;

        var (parameters, gridSize) = ReadParameters(reader, strategy, maxVariations, errors);
        var hasRandom = parameters.Any(p => p.IsRandom) || DeclaresRandom(reader);
        if (hasRandom && samples is null && !reader.Has("samples"))
        {
            errors.Add(new FieldError(reader.PathOf("samples"), "required when a parameter is random_uniform or log_uniform"));
        }
        else if (!hasRandom && samples is not null)
        {
            errors.Add(new FieldError(reader.PathOf("samples"), "only allowed when a parameter is random_uniform or log_uniform"));
        }

        var constraints = ReadConstraints(reader, strategy, errors);
        var bound = gridSize * (hasRandom ? samples ?? 1 : 1) * replicates;
        if (bound > maxVariations)
        {
            errors.Add(new FieldError(JsonObjectReader.Root,
                $"the sweep would produce {Format(bound)} variations before constraints ({Format(gridSize)} grid combinations"
                + $"{(hasRandom ? $" × {samples} samples" : "")} × {replicates} replicates), more than the cap of {Format(maxVariations)}; "
                + $"narrow the generators or raise max_variations (at most {Format(SweepSpec.MaxMaxVariations)})"));
        }

        if (baseRecipe is not null && bound <= maxVariations)
        {
            CheckNameRoom(baseRecipe.Name, (long)bound, errors);
        }

        return errors.Count > 0 || baseRecipe is null || name is null
            ? null
            : new SweepSpec(name, description, baseRecipe, seed ?? baseRecipe.Seed, hasRandom ? samples!.Value : 1,
                replicates, maxVariations, (long)bound, parameters, constraints);
    }

    private static (List<SweptParameter> Parameters, BigInteger GridSize) ReadParameters(
        JsonObjectReader reader, string? strategy, int cap, List<FieldError> errors)
    {
        var parameters = new List<SweptParameter>();
        BigInteger gridSize = 1;
        if (!reader.TryGet("parameters", required: true, out var element))
        {
            return (parameters, gridSize);
        }

        var path = reader.PathOf("parameters");
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            errors.Add(new FieldError(path, $"must be a non-empty array of parameter generators, got {JsonObjectReader.Describe(element)}"));
            return (parameters, gridSize);
        }

        var firstIndexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonObjectReader.Item(path, index);
            var parameter = GeneratorReader.Read(item, itemPath, strategy, cap, errors, out var count);
            gridSize *= new BigInteger(count);
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var nameElement)
                && nameElement.ValueKind == JsonValueKind.String && !firstIndexOf.TryAdd(nameElement.GetString()!, index))
            {
                errors.Add(new FieldError(JsonObjectReader.Child(itemPath, "name"),
                    $"'{nameElement.GetString()}' is already swept by {JsonObjectReader.Item(path, firstIndexOf[nameElement.GetString()!])}"));
            }

            if (parameter is not null)
            {
                parameters.Add(parameter);
            }

            index++;
        }

        return (parameters, gridSize);
    }

    private static List<SweepConstraint> ReadConstraints(JsonObjectReader reader, string? strategy, List<FieldError> errors)
    {
        var constraints = new List<SweepConstraint>();
        if (!reader.TryGet("constraints", required: false, out var element))
        {
            return constraints;
        }

        var path = reader.PathOf("constraints");
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError(path, $"must be an array of constraints, got {JsonObjectReader.Describe(element)}"));
            return constraints;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (ConstraintReader.Read(item, JsonObjectReader.Item(path, index++), strategy, errors) is { } constraint)
            {
                constraints.Add(constraint);
            }
        }

        return constraints;
    }

    private static void ReadVersion(JsonObjectReader reader, List<FieldError> errors)
    {
        if (reader.TryGet("version", required: true, out var element)
            && !(element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var version) && version == SweepSpec.CurrentVersion))
        {
            errors.Add(new FieldError(reader.PathOf("version"),
                $"unsupported version {JsonObjectReader.Describe(element)}; supported: the integer {SweepSpec.CurrentVersion}"));
        }
    }

    // Judged from the declared types, so an invalid random generator does not also trigger a misleading samples error.
    private static bool DeclaresRandom(JsonObjectReader reader) =>
        reader.TryGet("parameters", required: false, out var element) && element.ValueKind == JsonValueKind.Array
        && element.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String && type.GetString() is "random_uniform" or "log_uniform");

    // Lets parameter names be checked even when the base recipe has unrelated errors (say, a missing seed).
    private static string? StrategyOf(JsonElement baseRecipe) =>
        baseRecipe.ValueKind == JsonValueKind.Object && baseRecipe.TryGetProperty("strategy", out var strategy)
        && strategy.ValueKind == JsonValueKind.String && StrategyCatalog.IsKnown(strategy.GetString()!)
            ? strategy.GetString()
            : null;

    private static void CheckNameRoom(string baseName, long bound, List<FieldError> errors)
    {
        var longest = $"{baseName}_var_{Math.Max(0, bound - 1).ToString(CultureInfo.InvariantCulture)}".Length;
        if (longest > RecipeValidator.MaxNameLength)
        {
            errors.Add(new FieldError("base_recipe.name",
                $"is too long to name variations (<name>_var_<i> must fit in {RecipeValidator.MaxNameLength} characters)"));
        }
    }

    private static string Format(BigInteger value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
