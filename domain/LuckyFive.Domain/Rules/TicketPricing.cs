namespace LuckyFive.Domain.Rules;

/// <summary>What a k-number ticket costs on a date (docs/money.md, "Prices").</summary>
public sealed class TicketPricing(TicketPrices prices)
{
    // Until 2015-05-23 the legacy 6- and 7-number bets cost 4 and 10 base prices; from the 2015-05-24 increase
    // until the new rules they cost R$7.50 and R$20.00 at a R$1.50 base, i.e. 5 and 40/3 base prices.
    private static readonly DateOnly LegacyIncrease2015 = new(2015, 5, 24);

    public static TicketPricing Official { get; } = new(TicketPrices.Official);

    public TicketPrices Prices { get; } = prices;

    /// <summary>The price in centavos; throws when the era did not sell k-number tickets.</summary>
    public long PriceCents(int ticketSize, DateOnly date, out bool assumed)
    {
        var era = QuinaRules.EraOn(date);
        if (ticketSize < Quina.MinTicketSize || ticketSize > QuinaRules.MaxTicketSize(era))
        {
            throw new ArgumentOutOfRangeException(
                nameof(ticketSize),
                ticketSize,
                $"On {date:yyyy-MM-dd} Quina sold tickets of {Quina.MinTicketSize} to {QuinaRules.MaxTicketSize(era)} numbers.");
        }

        var basePrice = Prices.BasePriceOn(date, out assumed);
        if (era == RuleEra.Current)
        {
            return Combinatorics.Choose(ticketSize, Quina.NumbersDrawn) * basePrice;
        }

        return (ticketSize, date >= LegacyIncrease2015) switch
        {
            (5, _) => basePrice,
            (6, false) => 4 * basePrice,
            (7, false) => 10 * basePrice,
            (6, true) => 5 * basePrice,
            _ => 40 * basePrice / 3,
        };
    }
}
