using LuckyFive.Domain.Backtesting;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Grains.Simulations;

/// <summary>The domain's backtest summary as it crosses grain calls.</summary>
internal static class SummaryMapping
{
    public static SimulationSummary ToWire(this BacktestSummary summary) => new()
    {
        Contests = summary.Contests,
        Tickets = summary.Tickets,
        HitHistogram = summary.HitHistogram,
        PrizeCounts = summary.PrizeCounts,
        AverageBestHits = summary.AverageBestHits,
        CostCents = summary.CostCents,
        PrizesKnown = summary.PrizesKnown,
        PrizeCents = summary.PrizeCents,
        NetCents = summary.NetCents,
        Roi = summary.Roi,
        BreakEvenContest = summary.BreakEvenContest,
        MaxDrawdownCents = summary.MaxDrawdownCents,
        LongestLosingStreak = summary.LongestLosingStreak,
        JackpotUnknownContests = summary.JackpotUnknownContests,
        UnpaidQuinaPrizes = summary.UnpaidQuinaPrizes,
        PriceAssumedContests = summary.PriceAssumedContests,
        Chance = new ChanceVerdict
        {
            MeanHitsPerTicket = summary.Chance.MeanHitsPerTicket,
            MeanHitsLower95 = summary.Chance.MeanHitsLower95,
            MeanHitsUpper95 = summary.Chance.MeanHitsUpper95,
            ChanceMeanHitsPerTicket = summary.Chance.NullMeanHitsPerTicket,
            Z = summary.Chance.Z,
            PValue = summary.Chance.OneSidedPValue,
            ChiSquare = summary.Chance.ChiSquare,
            ChiSquarePValue = summary.Chance.ChiSquarePValue,
            BeatsChance = summary.Chance.BeatsChanceAt5Percent,
        },
    };
}
