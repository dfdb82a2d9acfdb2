using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// Renders the API's OpenAPI document as docs/api-reference.md: an overview, the security schemes, every operation
/// (grouped by its first tag, else by the path segment after <c>/api/v1</c>) with its key, parameters, request body and
/// responses, then every component schema. The page depends only on the document's content: groups, paths and schemas
/// are sorted by name and methods in a fixed order, while parameters and properties keep the document's order (the
/// order the code declares them in). The server address and the version's build metadata are left out.
/// </summary>
internal sealed partial class ApiReference
{
    /// <summary>The variable that makes <see cref="ApiReferenceTests"/> write the page instead of comparing it.</summary>
    public const string WriteVariable = "LUCKYFIVE_WRITE_API_REFERENCE";

    /// <summary>The command, run from the repository root, that writes the page again.</summary>
    public const string RegenerateCommand =
        $"{WriteVariable}=1 dotnet test tests/LuckyFive.Api.Tests -c Release --filter \"FullyQualifiedName~ApiReferenceTests\"";

    private const string SchemesHeading = "Security schemes";

    private static readonly string[] s_methods = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];

    private static readonly JsonSerializerOptions s_exampleJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonElement _document;
    private readonly List<IGrouping<string, Operation>> _groups;
    private readonly List<string> _schemas;
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly SchemaText _types;
    private readonly StringBuilder _page = new();

    private ApiReference(JsonElement document)
    {
        _document = document;
        _groups = [.. OperationsOf(document)
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => Array.IndexOf(s_methods, o.Method))
            .GroupBy(o => o.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)];
        _schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var schemas)
            ? [.. schemas.EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal)]
            : [];
        _types = new SchemaText(name => $"[`{name}`](#{Anchor("schema", name)})");
        NameAnchors();
    }

    /// <summary>The Markdown page for <paramref name="document"/>, lines ending in <c>\n</c>.</summary>
    /// <exception cref="InvalidDataException">An operation needs a key but does not say which role.</exception>
    public static string Render(JsonElement document)
    {
        var reference = new ApiReference(document);
        reference.WriteIntroduction();
        reference.WriteSecuritySchemes();
        foreach (var group in reference._groups)
        {
            reference.WriteGroup(group);
        }

        reference.WriteSchemas();
        return reference._page.ToString().TrimEnd('\n') + "\n";
    }

    private sealed record Operation(string Group, string Path, string Method, JsonElement Item)
    {
        public string Title => $"{Method.ToUpperInvariant()} {Path}";
    }

    private static IEnumerable<Operation> OperationsOf(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => s_methods.Contains(m.Name)))
            {
                var group = method.Value.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0
                    ? tags[0].GetString()!
                    : GroupOfPath(path.Name);
                yield return new Operation(group, path.Name, method.Name, method.Value);
            }
        }
    }

    // "/api/v1/results/{contest}" is in the group "results"; "/healthz" in "healthz".
    private static string GroupOfPath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var rest = segments is ["api", var version, ..] && version.StartsWith('v') ? segments[2..] : segments;
        return rest.Length > 0 ? rest[0] : "/";
    }

    // Every heading's anchor, in the order the headings appear, so that repeated ones are numbered as GitHub numbers them.
    private void NameAnchors()
    {
        var anchors = new MarkdownAnchors();
        anchors.Add("API reference");
        _anchors[Key("section", SchemesHeading)] = anchors.Add(SchemesHeading);
        foreach (var group in _groups)
        {
            _anchors[Key("group", group.Key)] = anchors.Add(group.Key);
            foreach (var operation in group)
            {
                _anchors[Key("operation", operation.Title)] = anchors.Add($"`{operation.Title}`");
            }
        }

        anchors.Add("Schemas");
        foreach (var schema in _schemas)
        {
            _anchors[Key("schema", schema)] = anchors.Add(schema);
        }
    }

    private string Anchor(string kind, string name) =>
        _anchors.TryGetValue(Key(kind, name), out var anchor)
            ? anchor
            : throw new InvalidDataException($"The document refers to the {kind} '{name}', which it does not define.");

    private static string Key(string kind, string name) => $"{kind}:{name}";

    private void WriteIntroduction()
    {
        var info = _document.GetProperty("info");
        var version = info.GetProperty("version").GetString()!.Split('+')[0];
        Line("# API reference");
        Line();
        Line($"Every operation and schema of the {info.GetProperty("title").GetString()} (version {version}) as its OpenAPI "
            + $"{_document.GetProperty("openapi").GetString()} document describes them. The API serves that document at "
            + "`/openapi/v1.json` and an interactive reference over it at `/scalar`, both without a key. What every endpoint "
            + "shares (keys and roles, errors, limits) and examples of each are in [api.md](api.md).");
        Line();
        Line("This page is generated from the document by `ApiReferenceTests` (`tests/LuckyFive.Api.Tests/Docs/`), which fails "
            + "while the two differ: do not edit it by hand. After changing an endpoint, write it again from the repository root:");
        Line();
        Line("```sh");
        Line(RegenerateCommand);
        Line("```");
        Line();
        Line("Roles are ordered: `reader`, `runner`, `admin`; a key of a role may do what the roles before it may. In the "
            + "tables, a *map of T* is a JSON object whose values are T, and a number shows its format (`int32`, `int64`, "
            + "`uint64`, `double`): the API also reads a number written as a JSON string (`\"5\"`), which is why the document "
            + "types each number as the number or a string. A required property is always present in an answer and must be "
            + "given in a request; properties are listed in the order the API writes them. A key is sent in either of the "
            + $"[{SchemesHeading.ToLowerInvariant()}](#{Anchor("section", SchemesHeading)}).");
        Line();
        Line("| group | operation | key | summary |");
        Line("| --- | --- | --- | --- |");
        foreach (var group in _groups)
        {
            foreach (var operation in group)
            {
                var groupCell = ReferenceEquals(operation, group.First()) ? $"[{group.Key}](#{Anchor("group", group.Key)})" : "";
                Line($"| {groupCell} | [`{operation.Title}`](#{Anchor("operation", operation.Title)}) | {RoleOf(operation) ?? "none"} | "
                    + $"{Cell(Text(operation.Item, "summary"))} |");
            }
        }

        Line();
    }

    private void WriteSecuritySchemes()
    {
        Line($"## {SchemesHeading}");
        Line();
        Line("| scheme | sent as | description |");
        Line("| --- | --- | --- |");
        if (_document.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out var schemes))
        {
            foreach (var scheme in schemes.EnumerateObject().OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var value = scheme.Value;
                var sentAs = Text(value, "type") switch
                {
                    "apiKey" => $"{Text(value, "in")} `{Text(value, "name")}`",
                    "http" => $"header `Authorization: {Capitalized(Text(value, "scheme"))} …`",
                    var other => other,
                };
                Line($"| `{scheme.Name}` | {Cell(sentAs)} | {Cell(Text(value, "description"))} |");
            }
        }

        Line();
    }

    private void WriteGroup(IGrouping<string, Operation> group)
    {
        Line($"## {group.Key}");
        Line();
        foreach (var operation in group)
        {
            WriteOperation(operation);
        }
    }

    private void WriteOperation(Operation operation)
    {
        var item = operation.Item;
        Line($"### `{operation.Title}`");
        Line();
        foreach (var paragraph in Paragraphs(Text(item, "summary")).Concat(Paragraphs(RoleSentence().Replace(Text(item, "description"), ""))))
        {
            Line(paragraph);
            Line();
        }

        var role = RoleOf(operation);
        Line(role is null ? "**Key:** none." : $"**Key:** `{role}` or stronger.");
        Line();
        if (item.TryGetProperty("operationId", out var id))
        {
            Line($"**Operation id:** `{id.GetString()}`.");
            Line();
        }

        WriteParameters(item);
        WriteRequestBody(item);
        Line("| status | description | body |");
        Line("| --- | --- | --- |");
        foreach (var response in item.GetProperty("responses").EnumerateObject().OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            Line($"| `{response.Name}` | {Cell(Text(response.Value, "description"))} | {BodyOf(response.Value)} |");
        }

        Line();
    }

    private void WriteParameters(JsonElement operation)
    {
        if (!operation.TryGetProperty("parameters", out var parameters) || parameters.GetArrayLength() == 0)
        {
            return;
        }

        Line("| parameter | in | type | required | description |");
        Line("| --- | --- | --- | --- | --- |");
        foreach (var parameter in parameters.EnumerateArray())
        {
            var type = parameter.TryGetProperty("schema", out var schema) ? _types.TypeOf(schema) : "";
            var required = parameter.TryGetProperty("required", out var flag) && flag.GetBoolean();
            Line($"| `{Text(parameter, "name")}` | {Text(parameter, "in")} | {Cell(type)} | {(required ? "yes" : "no")} | "
                + $"{Cell(Text(parameter, "description"))} |");
        }

        Line();
    }

    private void WriteRequestBody(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return;
        }

        var required = body.TryGetProperty("required", out var flag) && flag.GetBoolean();
        Line($"**Request body** ({(required ? "required" : "optional")}): {BodyOf(body)}.");
        Line();
        foreach (var content in Contents(body).Where(c => c.Value.TryGetProperty("example", out _)))
        {
            Line($"Example (`{content.Name}`):");
            Line();
            Line("```json");
            Line(JsonSerializer.Serialize(content.Value.GetProperty("example"), s_exampleJson));
            Line("```");
            Line();
        }
    }

    // "`application/json`: [`SimulationView`](#simulationview)", one per media type; "—" for none.
    private string BodyOf(JsonElement owner)
    {
        var parts = Contents(owner).Select(c => c.Value.TryGetProperty("schema", out var schema)
            ? $"`{c.Name}`: {Cell(_types.TypeOf(schema))}"
            : $"`{c.Name}`");
        return string.Join("; ", parts) is { Length: > 0 } text ? text : "—";
    }

    private static IEnumerable<JsonProperty> Contents(JsonElement owner) =>
        owner.TryGetProperty("content", out var content) ? content.EnumerateObject().OrderBy(c => c.Name, StringComparer.Ordinal) : [];

    private void WriteSchemas()
    {
        Line("## Schemas");
        Line();
        var schemas = _document.GetProperty("components").GetProperty("schemas");
        foreach (var name in _schemas)
        {
            var schema = schemas.GetProperty(name);
            Line($"### {name}");
            Line();
            foreach (var paragraph in Paragraphs(Text(schema, "description")))
            {
                Line(paragraph);
                Line();
            }

            if (!schema.TryGetProperty("properties", out var properties))
            {
                Line($"Type: {_types.TypeOf(schema)}.");
                Line();
                continue;
            }

            var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet() : [];
            Line("| property | type | required | description |");
            Line("| --- | --- | --- | --- |");
            foreach (var property in properties.EnumerateObject())
            {
                Line($"| `{property.Name}` | {Cell(_types.TypeOf(property.Value))} | {(required.Contains(property.Name) ? "yes" : "no")} | "
                    + $"{Cell(SchemaText.DescriptionOf(property.Value) ?? "")} |");
            }

            Line();
        }
    }

    // The role ApiKeyOpenApi writes into the description of every operation that needs a key.
    private static string? RoleOf(Operation operation)
    {
        var needsKey = operation.Item.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
        var match = RoleSentence().Match(Text(operation.Item, "description"));
        return (needsKey, match.Success) switch
        {
            (false, _) => null,
            (true, true) => match.Groups["role"].Value,
            (true, false) => throw new InvalidDataException($"{operation.Title} needs a key, but its description names no role."),
        };
    }

    private static string Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    // Blank lines separate paragraphs; a paragraph's lines are joined into one.
    private static IEnumerable<string> Paragraphs(string text) =>
        ParagraphBreak().Split(text.ReplaceLineEndings("\n").Trim())
            .Select(p => Escaped(string.Join(' ', p.Split('\n').Select(l => l.Trim()))))
            .Where(p => p.Length > 0);

    private static string Cell(string text) => string.Join(' ', Paragraphs(text)).Replace("|", "\\|", StringComparison.Ordinal);

    // Angle brackets outside code spans would be read as HTML.
    private static string Escaped(string text) => string.Join('`', text.Split('`').Select((part, i) =>
        i % 2 == 1 ? part : part.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)));

    private void Line(string text = "") => _page.Append(text).Append('\n');

    [GeneratedRegex(@"\s*Needs a key of role '(?<role>[^']+)' or stronger\.")]
    private static partial Regex RoleSentence();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();
}
