namespace LuckyFive.Domain.Rules;

/// <summary>How many prizes of each tier a k-number ticket with h hits wins (docs/money.md).</summary>
public static class PrizeCounts
{
    /// <summary>
    /// Prizes of <paramref name="tier"/> (hits 2..5) won by a <paramref name="ticketSize"/>-number ticket with
    /// <paramref name="hits"/> hits. Current rules: the ticket is the C(k,5) simple bets it contains, so
    /// C(h,t)·C(k−h,5−t). Legacy rules: one prize, of the highest tier reached.
    /// </summary>
    public static long Count(RuleEra era, int ticketSize, int hits, int tier)
    {
        if (!QuinaRules.TierExists(era, tier))
        {
            return 0;
        }

        if (era == RuleEra.Legacy)
        {
            return Math.Min(hits, Quina.NumbersDrawn) == tier ? 1 : 0;
        }

        return Combinatorics.Choose(hits, tier) * Combinatorics.Choose(ticketSize - hits, Quina.NumbersDrawn - tier);
    }
}
