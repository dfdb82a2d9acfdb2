using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Rules;

/// <summary>Prices a contest's tickets and pays their prizes, in centavos of real (docs/money.md).</summary>
public sealed class Settlement(TicketPricing pricing, PrizeTable prizes)
{
    public TicketPricing Pricing { get; } = pricing;

    public PrizeTable Prizes { get; } = prizes;

    /// <summary>
    /// Fills <paramref name="hits"/> and <paramref name="prizeCounts"/> (quina, quadra, terno, duque) and returns the
    /// money, with whether the price was assumed and whether the contest's jackpot is unknown.
    /// </summary>
    public (long CostCents, long PrizeCents, bool PriceAssumed, bool JackpotUnknown) Settle(
        Draw draw,
        ReadOnlySpan<NumberSet> tickets,
        int ticketSize,
        Span<int> hits,
        Span<long> prizeCounts)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var era = QuinaRules.EraOn(draw.Date);
        var price = Pricing.PriceCents(ticketSize, draw.Date, out var assumed);
        prizeCounts.Clear();
        for (var i = 0; i < tickets.Length; i++)
        {
            hits[i] = tickets[i].CountCommon(draw.Numbers);
            for (var tier = Quina.NumbersDrawn; tier >= 2; tier--)
            {
                prizeCounts[Quina.NumbersDrawn - tier] += PrizeCounts.Count(era, ticketSize, hits[i], tier);
            }
        }

        var prizeCents = 0L;
        for (var tier = Quina.NumbersDrawn; tier >= 2; tier--)
        {
            var count = prizeCounts[Quina.NumbersDrawn - tier];
            if (count > 0)
            {
                prizeCents += count * Prizes.PrizeCents(draw, tier);
            }
        }

        return (price * tickets.Length, prizeCents, assumed, Prizes.IsJackpotUnknown(draw));
    }
}
