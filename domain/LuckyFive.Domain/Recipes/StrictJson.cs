using System.Text.Json;

namespace LuckyFive.Domain.Recipes;

/// <summary>Parses a JSON document strictly (no comments, no trailing commas), turning syntax errors into a located error.</summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    public static JsonDocument? TryParse(string json, List<FieldError> errors)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException exception)
        {
            // The reader counts from 0; people count lines and columns from 1.
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var detail = cut > 0 ? message[..cut].TrimEnd() : message;
            errors.Add(new FieldError(JsonObjectReader.Root, $"malformed JSON at line {line}, position {position}: {detail}"));
            return null;
        }
    }
}
