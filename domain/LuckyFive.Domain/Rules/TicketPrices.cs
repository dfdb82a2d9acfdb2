using System.Globalization;
using CsvHelper;

namespace LuckyFive.Domain.Rules;

/// <summary>
/// The base price history. The default is ../shared/data/quina/ticket-prices.csv (sourced there); a
/// configuration may replace it with <see cref="ParseCsv"/>. Dates before the first entry have no known price:
/// the first entry's price is used and the contest is flagged as priced by assumption.
/// </summary>
public sealed class TicketPrices
{
    private readonly PriceChange[] _changes;

    public TicketPrices(IEnumerable<PriceChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _changes = [.. changes.OrderBy(c => c.EffectiveFrom)];
        if (Problem(_changes) is { } problem)
        {
            throw new ArgumentException(problem, nameof(changes));
        }
    }

    /// <summary>The official history as known (see ticket-prices.csv for sources).</summary>
    public static TicketPrices Official { get; } = new(
    [
        new(new DateOnly(2009, 5, 26), 50),
        new(new DateOnly(2011, 1, 27), 75),
        new(new DateOnly(2014, 5, 11), 100),
        new(new DateOnly(2015, 5, 24), 150),
        new(new DateOnly(2016, 5, 16), 150),
        new(new DateOnly(2019, 11, 10), 200),
        new(new DateOnly(2023, 4, 30), 250),
        new(new DateOnly(2025, 7, 9), 300),
    ]);

    public IReadOnlyList<PriceChange> Changes => _changes;

    /// <summary>The base price on <paramref name="date"/>; <paramref name="assumed"/> is true before the first known price.</summary>
    public long BasePriceOn(DateOnly date, out bool assumed)
    {
        assumed = date < _changes[0].EffectiveFrom;
        var price = _changes[0].BasePriceCents;
        foreach (var change in _changes)
        {
            if (change.EffectiveFrom > date)
            {
                break;
            }

            price = change.BasePriceCents;
        }

        return price;
    }

    /// <summary>The names of the two columns a price table CSV must have (any others are ignored).</summary>
    public static IReadOnlyList<string> CsvColumns { get; } = ["effective_from", "base_price_cents"];

    /// <summary>
    /// Reads a CSV with a header naming the columns <c>effective_from</c> (ISO date) and <c>base_price_cents</c>
    /// (a positive integer), in any order and with any other columns beside them; the delimiter is detected.
    /// Throws <see cref="FormatException"/> with a message meant for the user: which columns are missing, or
    /// which line holds which bad value.
    /// </summary>
    public static TicketPrices ParseCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = new CsvReaderOptions { TrackLineNumbers = true, DetectSeparatorHint = false, MalformedData = CsvMalformedDataHandling.Throw };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        try
        {
            if (!csv.TryGetFieldIndex(CsvColumns[0], out var fromColumn) | !csv.TryGetFieldIndex(CsvColumns[1], out var priceColumn))
            {
                var found = !csv.Headers.Any(h => h.Length > 0) ? "it has no header row" : $"its header has {string.Join(", ", csv.Headers)}";
                throw new FormatException($"a price table needs the columns {string.Join(" and ", CsvColumns)}; {found}.");
            }

            var changes = new List<PriceChange>();
            while (csv.Read())
            {
                changes.Add(ParseLine(csv, fromColumn, priceColumn));
            }

            var ordered = changes.OrderBy(c => c.EffectiveFrom).ToArray();
            return Problem(ordered) is { } problem ? throw new FormatException($"Price table: {problem}") : new TicketPrices(ordered);
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"Price table line {e.LineNumber}: the CSV is malformed ({e.Message})", e);
        }
    }

    private static PriceChange ParseLine(CsvReader csv, int fromColumn, int priceColumn)
    {
        var line = csv.LineNumber;
        var fromText = csv.FieldCount > fromColumn ? csv.GetString(fromColumn).Trim() : "";
        var priceText = csv.FieldCount > priceColumn ? csv.GetString(priceColumn).Trim() : "";
        if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            throw new FormatException($"Price table line {line}: effective_from '{fromText}' is not a yyyy-MM-dd date.");
        }

        if (!long.TryParse(priceText, NumberStyles.None, CultureInfo.InvariantCulture, out var cents) || cents <= 0)
        {
            throw new FormatException($"Price table line {line}: base_price_cents '{priceText}' is not a positive integer.");
        }

        return new PriceChange(from, cents);
    }

    /// <summary>Why <paramref name="ordered"/> (sorted by date) is not a price table, or null when it is one.</summary>
    private static string? Problem(PriceChange[] ordered)
    {
        if (ordered.Length == 0)
        {
            return "a price table needs at least one entry.";
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].BasePriceCents <= 0)
            {
                return $"the price from {ordered[i].EffectiveFrom:yyyy-MM-dd} must be positive.";
            }

            if (i > 0 && ordered[i].EffectiveFrom == ordered[i - 1].EffectiveFrom)
            {
                return $"two prices take effect on {ordered[i].EffectiveFrom:yyyy-MM-dd}.";
            }
        }

        return null;
    }
}
