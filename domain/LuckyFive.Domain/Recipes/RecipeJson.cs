using System.Text;
using System.Text.Json;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Recipes;

/// <summary>
/// The versioned recipe file format (docs/recipes.md):
/// <c>{"version":1,"name":…,"strategy":…,"seed":…,"parameters":{…}}</c> with snake_case keys.
/// Parsing reports every problem with its JSON path; serializing is byte-stable.
/// </summary>
public static class RecipeJson
{
    private static readonly string[] Fields = ["version", "name", "strategy", "seed", "parameters"];

    /// <summary>Parses and validates a recipe document; parameters the document omits take their defaults.</summary>
    public static ParseResult<Recipe> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<FieldError>();
        using var document = StrictJson.TryParse(json, errors);
        var recipe = document is null ? null : Read(document.RootElement, "", errors);
        return ParseResults.From(recipe, errors);
    }

    /// <summary>
    /// Compact JSON with a fixed key order: version, name, strategy, seed, then the parameters — the strategy's own in
    /// catalog order, then sim_prev_max, sim_preds, numbers. Equal recipes give identical bytes on every machine.
    /// </summary>
    public static string Serialize(Recipe recipe, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, NewLine = "\n" }))
        {
            Write(writer, recipe);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static void Write(Utf8JsonWriter writer, Recipe recipe)
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", recipe.Version);
        writer.WriteString("name", recipe.Name);
        writer.WriteString("strategy", recipe.Strategy);
        writer.WriteNumber("seed", recipe.Seed);
        writer.WriteStartObject("parameters");
        foreach (var spec in StrategyCatalog.ParametersOf(recipe.Strategy).Concat(StrategyCatalog.Common))
        {
            var value = recipe.Parameters[spec.Name];
            if (spec.IsInteger)
            {
                writer.WriteNumber(spec.Name, (long)value);
            }
            else
            {
                // Utf8JsonWriter writes the shortest text that parses back to the same double.
                writer.WriteNumber(spec.Name, value);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Reads a recipe object found at <paramref name="path"/> (also used for a sweep's base recipe).</summary>
    internal static Recipe? Read(JsonElement element, string path, List<FieldError> errors)
    {
        var errorsBefore = errors.Count;
        var reader = JsonObjectReader.Open(element, path, errors, Fields);
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

        var strategy = reader.ReadString("strategy", required: true);
        var strategyKnown = strategy is not null && RecipeValidator.CheckStrategy(strategy, reader.PathOf("strategy"), errors);
        var seed = reader.ReadUInt64("seed", required: true);
        var parameters = ReadParameters(reader, errors);
        var values = strategyKnown && parameters is not null
            ? RecipeValidator.CheckParameters(strategy!, parameters, reader.PathOf("parameters"), errors)
            : null;

        return errors.Count > errorsBefore || values is null || seed is null
            ? null
            : RecipeValidator.Assemble(name!, strategy!, seed.Value, values);
    }

    private static void ReadVersion(JsonObjectReader reader, List<FieldError> errors)
    {
        if (!reader.TryGet("version", required: true, out var element))
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var version) && version == Recipe.CurrentVersion)
        {
            return;
        }

        var reason = element.ValueKind switch
        {
            JsonValueKind.Number => $"unsupported version {element.GetRawText()}; supported: {Recipe.CurrentVersion}",
            JsonValueKind.String => $"must be the integer {Recipe.CurrentVersion}, got {JsonObjectReader.Describe(element)} "
                                    + "(the original's string versions are not supported)",
            _ => $"must be the integer {Recipe.CurrentVersion}, got {JsonObjectReader.Describe(element)}",
        };
        errors.Add(new FieldError(reader.PathOf("version"), reason));
    }

    private static List<KeyValuePair<string, double>>? ReadParameters(JsonObjectReader reader, List<FieldError> errors)
    {
        var parameters = new List<KeyValuePair<string, double>>();
        if (!reader.TryGet("parameters", required: false, out var element))
        {
            return parameters;
        }

        var path = reader.PathOf("parameters");
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(path, $"must be a JSON object of parameter values, got {JsonObjectReader.Describe(element)}"));
            return null;
        }

        // Mistyped entries are reported and skipped; the rest still get name and range checks in the same pass.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var field = JsonObjectReader.Child(path, property.Name);
            if (!seen.Add(property.Name))
            {
                errors.Add(new FieldError(field, "duplicate parameter"));
            }
            else if (JsonObjectReader.ReadFiniteNumber(property.Value, field, errors) is { } value)
            {
                parameters.Add(new KeyValuePair<string, double>(property.Name, value));
            }
        }

        return parameters;
    }
}
