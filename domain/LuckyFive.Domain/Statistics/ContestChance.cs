using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Statistics;

/// <summary>
/// One contest's hits and what chance would give them: the unit of the z test (docs/statistics.md). Draws of
/// different contests are independent, so the test can be taken over any set of contests by adding these up
/// (<see cref="ChanceTotals"/>): a sweep ranks recipes on one part of a range and judges the best on the rest.
/// The moments keep their integer sums, so totals are exact whatever order contests are added in.
/// </summary>
/// <param name="Tickets">Tickets played in the contest.</param>
/// <param name="Hits">H: the tickets' hits added up.</param>
/// <param name="Moments">E[H] and Var[H] under the null model, from the tickets alone.</param>
public readonly record struct ContestChance(int Tickets, long Hits, ContestMoments Moments)
{
    /// <summary>E[H] under the null model.</summary>
    public double Expected => Moments.Mean;

    /// <summary>Var[H] under the null model, allowing for tickets that share numbers.</summary>
    public double Variance => Moments.Variance;

    /// <summary>H − E[H]: hits above (or below) chance.</summary>
    public double ExcessHits => Hits - Expected;

    /// <summary>(H − E[H]) per ticket: an additive per-contest performance for comparing recipes; 0 with no tickets.</summary>
    public double ExcessHitsPerTicket => Tickets > 0 ? ExcessHits / Tickets : 0;

    /// <summary>The contest of <paramref name="tickets"/> (as a simulation stores them) against <paramref name="draw"/>.</summary>
    public static ContestChance Of(ReadOnlySpan<NumberSet> tickets, NumberSet draw)
    {
        long hits = 0;
        foreach (var ticket in tickets)
        {
            hits += ticket.CountCommon(draw);
        }

        return new ContestChance(tickets.Length, hits, ContestMoments.Of(tickets));
    }

    /// <summary>The contest of <paramref name="tickets"/> whose hits were already counted, one per ticket in ticket order.</summary>
    /// <exception cref="ArgumentException">The counts do not match the tickets, or a count is outside 0..5.</exception>
    public static ContestChance Of(ReadOnlySpan<NumberSet> tickets, ReadOnlySpan<int> hitsPerTicket)
    {
        if (tickets.Length != hitsPerTicket.Length)
        {
            throw new ArgumentException("One hit count per ticket is required.", nameof(hitsPerTicket));
        }

        long hits = 0;
        foreach (var count in hitsPerTicket)
        {
            hits += count is >= 0 and <= Quina.NumbersDrawn
                ? count
                : throw new ArgumentOutOfRangeException(nameof(hitsPerTicket), count, "Hits are 0..5.");
        }

        return new ContestChance(tickets.Length, hits, ContestMoments.Of(tickets));
    }
}
