using System.Globalization;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// Where the next page of results starts: the draw version the first page was read from (so every page of one walk
/// reads the same version, whatever is imported meanwhile) and the contest the previous page stopped above. Encoded
/// by <see cref="Cursor"/> from <c>v{version}.{contest}</c>.
/// </summary>
internal readonly record struct ResultsCursor(long Version, int BeforeContest)
{
    public string Encode() => Cursor.Encode(string.Create(CultureInfo.InvariantCulture, $"v{Version}.{BeforeContest}"));

    /// <summary>The cursor, or null with an error on <c>cursor</c> when it is not one of ours.</summary>
    public static ResultsCursor? Decode(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var plain = text.Length <= 64 ? Cursor.Decode(text, errors) : null;
        var dot = plain?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (plain is not null && plain.StartsWith('v') && dot > 1
            && long.TryParse(plain.AsSpan(1, dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && int.TryParse(plain.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var before)
            && version >= 1 && before >= 1)
        {
            return new ResultsCursor(version, before);
        }

        errors["cursor"] = [ResultsParameters.BadCursor];
        return null;
    }
}
