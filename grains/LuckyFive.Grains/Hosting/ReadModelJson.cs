using System.Text.Json;
using System.Text.Json.Serialization;

namespace LuckyFive.Grains.Hosting;

/// <summary>How statuses are stored as JSON in the read-model tables: snake_case names and enum values, as the API shows them.</summary>
internal static class ReadModelJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
