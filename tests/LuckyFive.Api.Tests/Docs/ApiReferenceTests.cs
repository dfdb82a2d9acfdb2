using System.Text.Json;
using System.Text.Json.Nodes;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// docs/api-reference.md is the OpenAPI document a running API serves, rendered by <see cref="ApiReference"/>: the
/// test fails while the two differ, and with <c>LUCKYFIVE_WRITE_API_REFERENCE=1</c> writes the page instead.
/// </summary>
public sealed class ApiReferenceTests(OpenApiDocumentFixture api) : IClassFixture<OpenApiDocumentFixture>
{
    private static readonly string s_page = RepositoryFiles.Path("docs", "api-reference.md");

    [Fact]
    public async Task ApiReferencePage_IsTheServedDocumentRendered()
    {
        var rendered = ApiReference.Render(api.Document);
        if (Environment.GetEnvironmentVariable(ApiReference.WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(s_page, rendered);
            return;
        }

        var committed = File.Exists(s_page) ? (await File.ReadAllTextAsync(s_page)).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == rendered,
            $"docs/api-reference.md is not the API's OpenAPI document rendered; {FirstDifference(committed, rendered)}.\n"
            + $"Write it again from the repository root:\n{ApiReference.RegenerateCommand}");
    }

    [Fact]
    public void Render_HasASectionForEveryOperationAndSchema()
    {
        var headings = ApiReference.Render(api.Document).Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).ToHashSet();
        var operations = api.Document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is "get" or "put" or "post" or "patch" or "delete")
                .Select(m => $"### `{m.Name.ToUpperInvariant()} {p.Name}`"))
            .ToList();
        var schemas = api.Document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => $"### {s.Name}").ToList();

        Assert.True(operations.Count >= 40 && schemas.Count >= 40, $"the document has only {operations.Count} operations and {schemas.Count} schemas");
        var missing = operations.Concat(schemas).Where(h => !headings.Contains(h)).ToList();
        Assert.True(missing.Count == 0, $"no section for {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("GET /api/v1/health", "none")]
    [InlineData("GET /api/v1/simulations", "reader")]
    [InlineData("POST /api/v1/simulations", "runner")]
    [InlineData("DELETE /api/v1/keys/{id}", "admin")]
    public void Render_NamesTheRoleEachOperationNeeds(string operation, string role)
    {
        var lines = ApiReference.Render(api.Document).Split('\n');
        var row = Assert.Single(lines, l => l.Contains($" | [`{operation}`](", StringComparison.Ordinal));
        var section = lines.SkipWhile(l => l != $"### `{operation}`").Skip(1).TakeWhile(l => !l.StartsWith("### ", StringComparison.Ordinal));
        var key = Assert.Single(section, l => l.StartsWith("**Key:**", StringComparison.Ordinal));

        Assert.Equal(role, row.Split(" | ")[2]);
        Assert.Equal(role == "none" ? "**Key:** none." : $"**Key:** `{role}` or stronger.", key);
    }

    [Fact]
    public void Render_DoesNotDependOnTheOrderOfPathsMethodsAndSchemas()
    {
        var reordered = JsonNode.Parse(api.Document.GetRawText())!.AsObject();
        reordered["paths"] = Reversed(reordered["paths"]!.AsObject(), path => Reversed(path!.AsObject(), method => method!.DeepClone()));
        var components = reordered["components"]!.AsObject();
        components["schemas"] = Reversed(components["schemas"]!.AsObject(), schema => schema!.DeepClone());
        components["securitySchemes"] = Reversed(components["securitySchemes"]!.AsObject(), scheme => scheme!.DeepClone());
        using var document = JsonDocument.Parse(reordered.ToJsonString());

        Assert.NotEqual(api.Document.GetProperty("paths").EnumerateObject().First().Name, document.RootElement.GetProperty("paths").EnumerateObject().First().Name);
        Assert.Equal(ApiReference.Render(api.Document), ApiReference.Render(document.RootElement));
    }

    [Fact]
    public void Render_AnOperationThatNeedsAKeyButNamesNoRole_IsRefused()
    {
        var changed = JsonNode.Parse(api.Document.GetRawText())!.AsObject();
        changed["paths"]!["/api/v1/simulations"]!["post"]!["description"] = "";
        using var document = JsonDocument.Parse(changed.ToJsonString());

        var refused = Assert.Throws<InvalidDataException>(() => ApiReference.Render(document.RootElement));
        Assert.Contains("POST /api/v1/simulations", refused.Message, StringComparison.Ordinal);
    }

    private static JsonObject Reversed(JsonObject members, Func<JsonNode?, JsonNode?> copy) =>
        new(members.Reverse().Select(m => KeyValuePair.Create(m.Key, copy(m.Value))));

    private static string FirstDifference(string committed, string rendered)
    {
        var left = committed.Split('\n');
        var right = rendered.Split('\n');
        var line = Enumerable.Range(0, Math.Min(left.Length, right.Length)).FirstOrDefault(i => left[i] != right[i], Math.Min(left.Length, right.Length));
        string At(string[] lines) => line < lines.Length ? $"'{lines[line]}'" : "the end of the page";
        return $"the first difference is at line {line + 1}: the page has {At(left)}, the document gives {At(right)}";
    }
}
