using System.Globalization;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Reads counts and ball numbers. Leading zeros are fine ("05" is 5: Caixa's workbook writes numbers that way),
/// and so is a decimal form with nothing after the point ("5.0"), which spreadsheet tools sometimes emit.
/// </summary>
internal static class WholeNumberText
{
    /// <summary>Returns null on success, else the reason the text is not a whole number ≥ 0.</summary>
    public static string? TryParse(string text, out int value)
    {
        var span = text.AsSpan().Trim();
        if (int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return null;
        }

        if (decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number <= int.MaxValue)
        {
            value = (int)number;
            return null;
        }

        value = 0;
        return span.StartsWith("-") && decimal.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? $"{span} is negative"
            : $"\"{span}\" is not a whole number";
    }
}
