using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Draws;

/// <summary>
/// A deterministic, plausible draw history for demos and tests: uniform draws Monday to Saturday from a start
/// date, with sales, winners and per-winner prizes shaped like the current rules (43.35% of sales in prizes;
/// quina/quadra/terno/duque shares 35/15/10/10; income tax on quina and quadra). Same arguments, same history.
/// </summary>
public static class SyntheticHistory
{
    public static readonly DateOnly DefaultStart = new(2016, 5, 16);

    private static readonly double[] ChanceOfHits = [0, 0, 675_250 / 24_040_016.0, 27_750 / 24_040_016.0, 375 / 24_040_016.0, 1 / 24_040_016.0];
    private static readonly double[] PoolShare = [0, 0, 0.10, 0.10, 0.15, 0.35];

    public static DrawHistory Generate(int contests, ulong seed, DateOnly? start = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contests);
        var draws = new Draw[contests];
        var date = start ?? DefaultStart;
        var accumulated = 0L;
        for (var contest = 1; contest <= contests; contest++)
        {
            var random = DeterministicRandom.ForContest(seed, contest);
            var numbers = NumberSet.Empty;
            while (numbers.Count < Quina.NumbersDrawn)
            {
                numbers = numbers.With(random.NextInt(Quina.MaxNumber) + 1);
            }

            var sales = 500_000_00L + random.NextInt(1_500_000) * 100L;
            var tiers = new TierPayout[Quina.NumbersDrawn + 1];
            for (var hits = 2; hits <= Quina.NumbersDrawn; hits++)
            {
                var expected = sales / 250.0 * ChanceOfHits[hits];
                var winners = (int)Math.Floor(expected * (0.8 + 0.4 * random.NextDouble()) + random.NextDouble());
                var pool = PoolShare[hits] * 0.4335 * sales * (hits >= 4 ? 0.7 : 1.0);
                if (hits == Quina.NumbersDrawn)
                {
                    pool += accumulated;
                }

                tiers[hits] = winners == 0 ? new TierPayout(0, 0) : new TierPayout(winners, (long)Math.Floor(pool / winners));
            }

            accumulated = tiers[5].Winners == 0 ? accumulated + (long)Math.Floor(PoolShare[5] * 0.4335 * sales * 0.7) : 0;
            draws[contest - 1] = new Draw
            {
                Contest = contest,
                Date = date,
                Numbers = numbers,
                Quina = tiers[5],
                Quadra = tiers[4],
                Terno = tiers[3],
                Duque = tiers[2],
                AccumulatedCents = accumulated,
                TotalSalesCents = sales,
                Notes = "synthetic",
            };
            date = date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
        }

        return new DrawHistory(draws);
    }
}
