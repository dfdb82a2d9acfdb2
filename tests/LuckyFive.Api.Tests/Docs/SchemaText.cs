using System.Text.Json;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// How a schema of an OpenAPI document reads in a Markdown table: its type in words, component schemas as links, and
/// whether null is allowed.
/// </summary>
/// <param name="linkOf">The Markdown link to a component schema's section, by the schema's name.</param>
internal sealed class SchemaText(Func<string, string> linkOf)
{
    private const string ComponentPrefix = "#/components/schemas/";

    /// <summary>E.g. <c>integer (int32)</c>, <c>array of [`SimulationView`](#simulationview)</c>, <c>nullable string</c>.</summary>
    public string TypeOf(JsonElement schema)
    {
        var (text, nullable) = Describe(schema);
        return nullable ? $"nullable {text}" : text;
    }

    /// <summary>The schema's description, or that of the one schema a nullable <c>oneOf</c> wraps.</summary>
    public static string? DescriptionOf(JsonElement schema)
    {
        if (schema.TryGetProperty("description", out var description))
        {
            return description.GetString();
        }

        return schema.TryGetProperty("oneOf", out var choices)
            ? choices.EnumerateArray().Where(c => !IsNull(c)).Select(DescriptionOf).FirstOrDefault(d => d is not null)
            : null;
    }

    /// <summary>The name a <c>$ref</c> to a component schema points to.</summary>
    public static string ComponentName(string reference) =>
        reference.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? reference[ComponentPrefix.Length..]
            : throw new InvalidDataException($"'{reference}' is not a reference to a component schema.");

    private (string Text, bool Nullable) Describe(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return (linkOf(ComponentName(reference.GetString()!)), false);
        }

        foreach (var (keyword, joint) in new[] { ("oneOf", " or "), ("anyOf", " or "), ("allOf", " and ") })
        {
            if (schema.TryGetProperty(keyword, out var parts))
            {
                var texts = parts.EnumerateArray().Where(p => !IsNull(p)).Select(TypeOf).Distinct();
                return (string.Join(joint, texts), parts.EnumerateArray().Any(IsNull));
            }
        }

        var types = TypesOf(schema);
        var nullable = types.Remove("null");
        if (schema.TryGetProperty("enum", out var values))
        {
            var named = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => $"`{v}`");
            return ($"one of {string.Join(", ", named)}", nullable || values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null));
        }

        // A number the API also reads from a JSON string ("5") is typed as the number or a string matching a pattern.
        if (types.Contains("string") && types.Exists(t => t is "integer" or "number") && schema.TryGetProperty("pattern", out _))
        {
            types.Remove("string");
        }

        return (types.Count == 0 ? "any JSON" : string.Join(" or ", types.Select(t => Single(t, schema))), nullable);
    }

    private string Single(string type, JsonElement schema) => type switch
    {
        "array" => schema.TryGetProperty("items", out var items) ? $"array of {TypeOf(items)}" : "array",
        "object" when schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object
            => $"map of {TypeOf(values)}",
        _ => schema.TryGetProperty("format", out var format) ? $"{type} ({format.GetString()})" : type,
    };

    private static List<string> TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static bool IsNull(JsonElement schema) => TypesOf(schema) is ["null"];
}
