using System.Globalization;

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
        if (_changes.Length == 0)
        {
            throw new ArgumentException("A price table needs at least one entry.", nameof(changes));
        }

        for (var i = 0; i < _changes.Length; i++)
        {
            if (_changes[i].BasePriceCents <= 0)
            {
                throw new ArgumentException($"The price from {_changes[i].EffectiveFrom:yyyy-MM-dd} must be positive.", nameof(changes));
            }

            if (i > 0 && _changes[i].EffectiveFrom == _changes[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Two prices take effect on {_changes[i].EffectiveFrom:yyyy-MM-dd}.", nameof(changes));
            }
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

    /// <summary>
    /// Reads <c>effective_from,base_price_cents[,...]</c> (ISO dates, a header row, extra columns ignored).
    /// Throws <see cref="FormatException"/> naming the line and the problem.
    /// </summary>
    public static TicketPrices ParseCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var changes = new List<PriceChange>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',', 3);
            if (fields.Length < 2)
            {
                throw new FormatException($"Price table line {lineNumber}: expected effective_from,base_price_cents.");
            }

            if (!DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                throw new FormatException($"Price table line {lineNumber}: effective_from '{fields[0]}' is not a yyyy-MM-dd date.");
            }

            if (!long.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var cents) || cents <= 0)
            {
                throw new FormatException($"Price table line {lineNumber}: base_price_cents '{fields[1]}' is not a positive integer.");
            }

            changes.Add(new PriceChange(from, cents));
        }

        try
        {
            return new TicketPrices(changes);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Price table: {e.Message}", e);
        }
    }
}
