using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Backtesting;

/// <summary>One contest of a backtest: the tickets, how they scored and what they cost and won (centavos of real).</summary>
public sealed class ContestOutcome
{
    public required int Contest { get; init; }

    public required DateOnly Date { get; init; }

    public required NumberSet Drawn { get; init; }

    public required NumberSet[] Tickets { get; init; }

    /// <summary>Hits of each ticket, in ticket order.</summary>
    public required int[] Hits { get; init; }

    /// <summary>Prizes won per tier: index 0 = 5 hits (quina), 1 = 4, 2 = 3, 3 = 2 (duque).</summary>
    public required long[] PrizeCounts { get; init; }

    public required long CostCents { get; init; }

    public required long PrizeCents { get; init; }

    /// <summary>The contest predates the first known ticket price, so its cost uses the earliest known one.</summary>
    public required bool PriceAssumed { get; init; }

    /// <summary>The source gave the contest's prizes (<see cref="Draw.PrizesKnown"/>); when false, <see cref="PrizeCents"/> is 0 but unknown.</summary>
    public bool PrizesKnown { get; init; } = true;

    /// <summary>
    /// The quina had no winner and the source gives no jackpot (<see cref="Rules.PrizeTable.IsJackpotUnknown"/>):
    /// a quina won here is counted in <see cref="PrizeCounts"/> but paid nothing.
    /// </summary>
    public bool JackpotUnknown { get; init; }

    /// <summary>The contest's prizes were published in cruzeiros reais and converted to reais.</summary>
    public bool ConvertedFromCruzeiroReal => Date < CurrencyRules.RealIntroduced;

    public int BestHits => Hits.Length == 0 ? 0 : Hits.Max();

    public long NetCents => PrizeCents - CostCents;
}
