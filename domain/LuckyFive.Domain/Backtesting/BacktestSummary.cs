using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Backtesting;

/// <summary>What a backtest cost and won, how its tickets hit, and whether that beats chance.</summary>
public sealed record BacktestSummary
{
    public required int Contests { get; init; }

    public required long Tickets { get; init; }

    /// <summary>Tickets by hits: index h = tickets with h hits (0..5).</summary>
    public required long[] HitHistogram { get; init; }

    /// <summary>Prizes won per tier: index 0 = quina (5), 1 = quadra (4), 2 = terno (3), 3 = duque (2).</summary>
    public required long[] PrizeCounts { get; init; }

    /// <summary>Mean over contests of the best ticket's hits.</summary>
    public required double AverageBestHits { get; init; }

    public required long CostCents { get; init; }

    /// <summary>
    /// Every contest's prizes are known (<see cref="ContestOutcome.PrizesKnown"/>). When false, the figures that
    /// depend on prizes (prizes, net, ROI, break-even, drawdown and losing streak) are null: zero would be a guess.
    /// </summary>
    public required bool PrizesKnown { get; init; }

    /// <summary>Total prizes; null when <see cref="PrizesKnown"/> is false.</summary>
    public required long? PrizeCents { get; init; }

    public long? NetCents => PrizeCents - CostCents;

    /// <summary>Net / cost (−1 = everything lost); 0 when nothing was spent; null when prizes are unknown.</summary>
    public double? Roi => NetCents is { } net ? (CostCents == 0 ? 0 : (double)net / CostCents) : null;

    /// <summary>The first contest at which cumulative prizes reached cumulative cost, if any.</summary>
    public required int? BreakEvenContest { get; init; }

    /// <summary>The largest fall of the cumulative net from a previous peak (the start counts as a peak of 0).</summary>
    public required long? MaxDrawdownCents { get; init; }

    /// <summary>The most consecutive contests whose prizes were below their cost.</summary>
    public required int? LongestLosingStreak { get; init; }

    /// <summary>Contests whose quina jackpot is unknown (<see cref="ContestOutcome.JackpotUnknown"/>).</summary>
    public required int JackpotUnknownContests { get; init; }

    /// <summary>Quina prizes won on contests whose jackpot is unknown: counted, but paid nothing.</summary>
    public required long UnpaidQuinaPrizes { get; init; }

    /// <summary>Contests priced with the earliest known price because their own is unknown.</summary>
    public required int PriceAssumedContests { get; init; }

    /// <summary>The tickets' hits against what uniformly random draws would give (docs/statistics.md).</summary>
    public required ChanceReport Chance { get; init; }

    public static BacktestSummary From(BacktestSpec spec, IReadOnlyList<ContestOutcome> contests)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(contests);
        var histogram = new long[Quina.NumbersDrawn + 1];
        var prizeCounts = new long[4];
        long tickets = 0, cost = 0, prize = 0, net = 0, peak = 0, drawdown = 0, bestHitsTotal = 0;
        int? breakEven = null;
        int streak = 0, longestStreak = 0, assumed = 0, jackpotUnknown = 0;
        long unpaidQuinas = 0;
        var prizesKnown = true;
        var chance = new ChanceAccumulator();
        foreach (var outcome in contests)
        {
            chance.Add(outcome.Tickets, outcome.Hits);
            foreach (var hits in outcome.Hits)
            {
                histogram[hits]++;
            }

            for (var t = 0; t < prizeCounts.Length; t++)
            {
                prizeCounts[t] += outcome.PrizeCounts[t];
            }

            tickets += outcome.Hits.Length;
            bestHitsTotal += outcome.BestHits;
            cost += outcome.CostCents;
            prize += outcome.PrizeCents;
            net += outcome.NetCents;
            peak = Math.Max(peak, net);
            drawdown = Math.Max(drawdown, peak - net);
            if (breakEven is null && cost > 0 && prize >= cost)
            {
                breakEven = outcome.Contest;
            }

            streak = outcome.PrizeCents < outcome.CostCents ? streak + 1 : 0;
            longestStreak = Math.Max(longestStreak, streak);
            assumed += outcome.PriceAssumed ? 1 : 0;
            prizesKnown &= outcome.PrizesKnown;
            jackpotUnknown += outcome.JackpotUnknown ? 1 : 0;
            unpaidQuinas += outcome.JackpotUnknown ? outcome.PrizeCounts[0] : 0;
        }

        return new BacktestSummary
        {
            Contests = contests.Count,
            Tickets = tickets,
            HitHistogram = histogram,
            PrizeCounts = prizeCounts,
            AverageBestHits = contests.Count == 0 ? 0 : (double)bestHitsTotal / contests.Count,
            CostCents = cost,
            PrizesKnown = prizesKnown,
            PrizeCents = prizesKnown ? prize : null,
            BreakEvenContest = prizesKnown ? breakEven : null,
            MaxDrawdownCents = prizesKnown ? drawdown : null,
            LongestLosingStreak = prizesKnown ? longestStreak : null,
            PriceAssumedContests = assumed,
            JackpotUnknownContests = jackpotUnknown,
            UnpaidQuinaPrizes = unpaidQuinas,
            Chance = chance.Report(),
        };
    }
}
