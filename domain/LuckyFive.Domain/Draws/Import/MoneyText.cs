namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Reads an amount into integer cents without floating point. Accepts pt-BR text as Caixa publishes it
/// ("R$75.731.225,00": '.' groups thousands, ',' starts the cents), with or without "R$", and the plain
/// form a numeric spreadsheet cell produces ("1234.5"). A '.' followed by exactly three digits is always a
/// thousands separator, so the two forms never collide. The currency is not judged here: "R$" is printed
/// even on cruzeiro-real amounts, so the draw's date decides (see <see cref="Draw.Currency"/>).
/// </summary>
internal static class MoneyText
{
    /// <summary>Returns null on success, else the reason the text is not an amount.</summary>
    public static string? TryParseCents(string text, out long cents)
    {
        cents = 0;
        var span = text.AsSpan().Trim();
        if (span.StartsWith("R$", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..].TrimStart([' ', '\u00A0']);
        }

        if (span.StartsWith("-"))
        {
            return $"\"{text.Trim()}\" is negative";
        }

        // Where the cents start: a comma, or a lone '.' with one or two digits after it; else there are none.
        var split = span.IndexOf(',');
        var lastDot = span.LastIndexOf('.');
        if (split < 0 && lastDot >= 0 && span.Length - lastDot - 1 is 1 or 2 && span.IndexOf('.') == lastDot)
        {
            split = lastDot;
        }

        var whole = split < 0 ? span : span[..split];
        var fraction = split < 0 ? [] : span[(split + 1)..];

        if (!TryReadWhole(whole, out var units) || !TryReadFraction(fraction, out var fractionCents))
        {
            return $"\"{text.Trim()}\" is not an amount of money (expected text such as R$75.731.225,00)";
        }

        if (units > (long.MaxValue - fractionCents) / 100)
        {
            return $"\"{text.Trim()}\" is too large";
        }

        cents = units * 100 + fractionCents;
        return null;
    }

    /// <summary>Digits, optionally grouped in threes by '.': "75.731.225" or "75731225".</summary>
    private static bool TryReadWhole(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        var grouped = digits.Contains('.');
        var sinceSeparator = 0;
        var first = true;
        foreach (var ch in digits)
        {
            if (ch == '.')
            {
                if (sinceSeparator == 0 || sinceSeparator > 3 || (!first && sinceSeparator != 3))
                {
                    return false;
                }

                first = false;
                sinceSeparator = 0;
                continue;
            }

            if (!char.IsAsciiDigit(ch) || value > (long.MaxValue - 9) / 10)
            {
                return false;
            }

            value = value * 10 + (ch - '0');
            sinceSeparator++;
        }

        return !grouped || sinceSeparator == 3;
    }

    private static bool TryReadFraction(ReadOnlySpan<char> digits, out long cents)
    {
        cents = 0;
        if (digits.IsEmpty)
        {
            return true;
        }

        if (digits.Length > 2 || !char.IsAsciiDigit(digits[0]) || (digits.Length == 2 && !char.IsAsciiDigit(digits[1])))
        {
            return false;
        }

        cents = (digits[0] - '0') * 10 + (digits.Length == 2 ? digits[1] - '0' : 0);
        return true;
    }
}
