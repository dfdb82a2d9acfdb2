using System.Text.Json;
using System.Text.RegularExpressions;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// The shape of a JSON document: the path of every property (arrays as <c>[]</c>, their items merged). Two shapes
/// agree when each path of one is in the other, except below a value that is null or an empty array in the other.
/// </summary>
public sealed partial class JsonShape
{
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);

    private JsonShape(JsonElement root) => Walk(root, "$");

    public static JsonShape Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new JsonShape(document.RootElement);
    }

    /// <summary>Paths in <paramref name="documented"/> missing from <paramref name="actual"/>, and the other way round.</summary>
    public static IReadOnlyList<string> Differences(JsonShape documented, JsonShape actual) =>
    [
        .. documented._paths.Where(p => !actual._paths.Contains(p) && !actual.IsOpenAbove(p)).Order().Select(p => $"documented but not answered: {p}"),
        .. actual._paths.Where(p => !documented._paths.Contains(p) && !documented.IsOpenAbove(p)).Order().Select(p => $"answered but not documented: {p}"),
    ];

    private bool IsOpenAbove(string path) => _open.Any(open => path.StartsWith(open + ".", StringComparison.Ordinal) || path.StartsWith(open + "[]", StringComparison.Ordinal));

    private void Walk(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // Maps keyed by silo (per_silo) differ from run to run in their keys only.
                    var child = $"{path}.{(SiloAddress().IsMatch(property.Name) ? "<silo>" : property.Name)}";
                    _paths.Add(child);
                    Walk(property.Value, child);
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() == 0:
                _open.Add(path);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]");
                }

                break;
            case JsonValueKind.Null:
                _open.Add(path);
                break;
        }
    }

    [GeneratedRegex(@"^S\d{1,3}(\.\d{1,3}){3}:\d+:\d+$")]
    private static partial Regex SiloAddress();
}
