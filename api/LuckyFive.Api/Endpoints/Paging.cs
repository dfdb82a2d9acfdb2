using System.Buffers.Text;
using System.Text;

namespace LuckyFive.Api.Endpoints;

/// <summary>One page of a list and the cursor to the next one (null on the last page).</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// Opaque cursors: the position after which the next page starts, base64url-encoded so clients pass it back as it is
/// and do not build their own.
/// </summary>
internal static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static string Encode(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));

    public static string Encode(long position) => Encode(position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The position in a cursor, or null with an error recorded when the cursor is not one of ours.</summary>
    public static string? Decode(string? cursor, Dictionary<string, string[]> errors)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            errors["cursor"] = ["not a cursor this API returned; pass next_cursor from the previous page as it is"];
            return null;
        }
    }

    public static long? DecodeNumber(string? cursor, Dictionary<string, string[]> errors)
    {
        var text = Decode(cursor, errors);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors["cursor"] = ["not a cursor this API returned; pass next_cursor from the previous page as it is"];
        return null;
    }

    /// <summary>The page size asked for, checked against 1..<see cref="MaxLimit"/>.</summary>
    public static int Limit(int? limit, Dictionary<string, string[]> errors)
    {
        if (limit is null)
        {
            return DefaultLimit;
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"must be 1 to {MaxLimit}, got {limit}"];
        }

        return limit.Value;
    }
}
