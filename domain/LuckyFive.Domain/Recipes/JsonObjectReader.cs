using System.Globalization;
using System.Text.Json;

namespace LuckyFive.Domain.Recipes;

/// <summary>
/// Reads the fields of one JSON object, recording a <see cref="FieldError"/> for every unknown,
/// duplicate, missing or mistyped field instead of stopping at the first, so a user fixes a file in one pass.
/// Shared by the recipe and sweep-spec parsers.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _fields;
    private readonly string _path;
    private readonly List<FieldError> _errors;

    private JsonObjectReader(Dictionary<string, JsonElement> fields, string path, List<FieldError> errors)
    {
        _fields = fields;
        _path = path;
        _errors = errors;
    }

    /// <summary>The JSON path of the root, used when an error concerns the document as a whole.</summary>
    public const string Root = "$";

    public static string Child(string path, string name) => path is "" or Root ? name : $"{path}.{name}";

    public static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Opens <paramref name="element"/> as an object allowing only <paramref name="allowed"/> field names.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, List<FieldError> errors, IReadOnlyCollection<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(path is "" ? Root : path, $"must be a JSON object, got {Describe(element)}"));
            return null;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var field = Child(path, property.Name);
            if (!allowed.Contains(property.Name))
            {
                errors.Add(new FieldError(field, $"unknown field; allowed: {string.Join(", ", allowed)}"));
            }
            else if (!fields.TryAdd(property.Name, property.Value))
            {
                // System.Text.Json keeps duplicates; silently taking one would hide a typo-level mistake.
                errors.Add(new FieldError(field, "duplicate field"));
            }
        }

        return new JsonObjectReader(fields, path, errors);
    }

    public string Path => _path is "" ? Root : _path;

    public bool Has(string name) => _fields.ContainsKey(name);

    public string PathOf(string name) => Child(_path, name);

    public bool TryGet(string name, bool required, out JsonElement value)
    {
        if (_fields.TryGetValue(name, out value))
        {
            return true;
        }

        if (required)
        {
            _errors.Add(new FieldError(PathOf(name), "required"));
        }

        return false;
    }

    public string? ReadString(string name, bool required)
    {
        if (!TryGet(name, required, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            _errors.Add(new FieldError(PathOf(name), $"must be a string, got {Describe(element)}"));
            return null;
        }

        return element.GetString();
    }

    public int? ReadInt(string name, bool required, int min, int max)
    {
        if (!TryGet(name, required, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value >= min && value <= max)
        {
            return value;
        }

        _errors.Add(new FieldError(PathOf(name), $"must be an integer in {NumberText.Of(min)}..{NumberText.Of(max)}, got {Describe(element)}"));
        return null;
    }

    public ulong? ReadUInt64(string name, bool required)
    {
        if (!TryGet(name, required, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out var value))
        {
            return value;
        }

        _errors.Add(new FieldError(PathOf(name), $"must be an integer in 0..{ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}, got {Describe(element)}"));
        return null;
    }

    public double? ReadDouble(string name, bool required)
    {
        if (!TryGet(name, required, out var element))
        {
            return null;
        }

        return ReadFiniteNumber(element, PathOf(name), _errors);
    }

    public static double? ReadFiniteNumber(JsonElement element, string path, List<FieldError> errors)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add(new FieldError(path, $"must be a finite number, got {Describe(element)}"));
        return null;
    }

    /// <summary>Describes a value for an error message: numbers and short strings verbatim, otherwise the JSON kind.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.String when element.GetString() is { Length: <= 40 } text => $"the string \"{text}\"",
        JsonValueKind.String => "a string",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString(),
    };
}
