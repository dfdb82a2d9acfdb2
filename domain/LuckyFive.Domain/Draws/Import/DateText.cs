using System.Globalization;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Reads draw dates: day-first text (dd/mm/yyyy, as Caixa publishes), ISO yyyy-mm-dd (optionally with a time,
/// which is ignored), or an Excel date serial. Two-digit years are refused: "13/03/94" could be 1994 or 2094.
/// </summary>
internal static class DateText
{
    private static readonly string[] Formats = ["d/M/yyyy", "yyyy-M-d"];

    // 1900 system: serial 1 is 1900-01-01 and 60 is the 29 February 1900 that Excel invents (a Lotus 1-2-3 bug),
    // so from 61 on the epoch is effectively 1899-12-30. 1904 system: serial 0 is 1904-01-01.
    private static readonly DateOnly Epoch1900Early = new(1899, 12, 31);
    private static readonly DateOnly Epoch1900 = new(1899, 12, 30);
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);
    private static readonly int LastSerial = DateOnly.MaxValue.DayNumber - Epoch1900.DayNumber;

    public static string? TryParse(string text, bool uses1904Dates, out DateOnly date)
    {
        var span = text.AsSpan().Trim();
        if (span.Length > 10 && span[4] == '-' && span[10] is 'T' or ' ')
        {
            span = span[..10];
        }

        if (DateOnly.TryParseExact(span, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return null;
        }

        if (double.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            return FromSerial(Math.Floor(serial), uses1904Dates, out date);
        }

        return $"\"{span}\" is not a date (expected dd/mm/yyyy, yyyy-mm-dd or an Excel date serial)";
    }

    private static string? FromSerial(double serial, bool uses1904Dates, out DateOnly date)
    {
        date = default;
        if (uses1904Dates ? serial < 0 || serial > LastSerial - 1462 : serial < 1 || serial > LastSerial)
        {
            return $"{serial} is outside the range of Excel date serials";
        }

        if (uses1904Dates)
        {
            date = Epoch1904.AddDays((int)serial);
            return null;
        }

        if (serial == 60)
        {
            return "Excel date serial 60 is 29/02/1900, a day that did not exist";
        }

        date = (serial < 60 ? Epoch1900Early : Epoch1900).AddDays((int)serial);
        return null;
    }
}
