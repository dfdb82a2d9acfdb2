using System.Globalization;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// Reads the results endpoints' query values as text, so that a bad one answers 400 naming its field and what it
/// accepts rather than the framework's binding error. Each problem is added to <see cref="Errors"/> under the
/// field's name as sent.
/// </summary>
internal sealed class ResultsParameters
{
    /// <summary>The highest contest a query may name, the same bound the importer keeps.</summary>
    public const int MaxContest = DrawImporter.MaxContest;

    public const string BadCursor =
        "The cursor is not one this API gave out (or its draw version no longer exists); pass next_cursor from the previous page as it is.";

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public int? Contest(string field, string? text) => WholeNumber(field, text, 1, MaxContest, "a contest number");

    public int? WholeNumber(string field, string? text, int min, int max, string what)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Errors[field] = [$"{field} must be {what}: a whole number from {min} to {max} (got '{Shown(text)}')."];
        return null;
    }

    public DateOnly? Date(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors[field] = [$"{field} must be a date as yyyy-mm-dd, for example 2024-01-31 (got '{Shown(text)}')."];
        return null;
    }

    /// <summary>Records that <paramref name="from"/> comes after <paramref name="to"/>, when both were given and valid.</summary>
    public void Ordered<T>(string fromField, T? from, string toField, T? to)
        where T : struct, IComparable<T>
    {
        if (from is { } low && to is { } high && low.CompareTo(high) > 0)
        {
            Errors[fromField] = [$"{fromField} must not come after {toField} (got {low} and {high})."];
        }
    }

    /// <summary>What the client sent, cut short and stripped of control characters, to quote back.</summary>
    public static string Shown(string text)
    {
        var printable = new string([.. text.Take(40).Where(c => !char.IsControl(c))]);
        return text.Length > 40 ? printable + "…" : printable;
    }
}
