using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Rules;

/// <summary>
/// The prize one winning combination earns per tier and contest, in centavos of real, from the published
/// per-winner amounts (already net of income tax). Where the quina had no winner, a simulated winner takes the
/// jackpot the contest rolled over (docs/money.md, "Prizes"); where the source gives no such jackpot, the
/// contest is flagged by <see cref="IsJackpotUnknown"/> and the simulated quina is paid nothing.
/// </summary>
public sealed class PrizeTable(DrawHistory history)
{
    private const int FinalFiveReserveFrom = 5704;

    public DrawHistory History { get; } = history;

    public long PrizeCents(Draw draw, int tier)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var payout = draw.Tier(tier);
        var cents = payout.Winners > 0 || tier != 5 ? payout.PrizeCents : SoleQuinaWinnerPrize(draw);
        return CurrencyRules.ToBrlCents(cents, draw.Currency);
    }

    /// <summary>
    /// The quina had no winner and the published figures give no jackpot a sole winner would have taken (a zero
    /// roll-over, as in contests 37, 232, 269, 2306, 2819 and 3434 of the official workbook): a simulated quina
    /// there is counted but its amount is unknown, so it is paid R$ 0,00 and the contest is flagged.
    /// Never true for a draw whose prizes are unknown altogether (<see cref="Draw.PrizesKnown"/>).
    /// </summary>
    public bool IsJackpotUnknown(Draw draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        return draw.PrizesKnown && draw.Quina.Winners == 0 && SoleQuinaWinnerPrize(draw) <= 0;
    }

    private long SoleQuinaWinnerPrize(Draw draw)
    {
        var contest = draw.Contest;
        if (IsSaoJoaoDraw(contest))
        {
            // A São João draw never accumulates: with no quina winner the top pool went down to the quadra.
            var paidToQuadra = draw.Quadra.Winners * draw.Quadra.PrizeCents;
            var regularQuadra = PrizePools.NetPool(PrizePools.QuadraShare(contest), contest, draw.TotalSalesCents);
            return Math.Max(0, paidToQuadra - regularQuadra);
        }

        // The published "Acumulado" is the roll-over, except where it already includes a reserve meant for the
        // next draw (contests ending in 4 from 5704, and the eve of a São João draw): rebuild it from the pool.
        var includesReserve = (contest >= FinalFiveReserveFrom && contest % 10 == 4) || IsSaoJoaoDraw(contest + 1);
        if (includesReserve && draw.TotalSalesCents > 0 && History.TryGet(contest - 1, out var previous))
        {
            return PrizePools.NetPool(PrizePools.QuinaShare(contest), contest, draw.TotalSalesCents) + previous.AccumulatedCents;
        }

        return draw.AccumulatedCents;
    }

    /// <summary>A São João draw pays out the special reserve: the column drops from a positive value to zero.</summary>
    private bool IsSaoJoaoDraw(int contest) =>
        History.TryGet(contest, out var draw) && draw.SaoJoaoAccumulatedCents == 0
        && History.TryGet(contest - 1, out var previous) && previous.SaoJoaoAccumulatedCents > 0;
}
