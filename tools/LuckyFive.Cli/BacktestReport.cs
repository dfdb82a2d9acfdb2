using LuckyFive.Domain.Backtesting;

namespace LuckyFive.Cli;

/// <summary>The human-readable backtest report: what it cost, what it won, how the tickets hit, in one number style.</summary>
internal static class BacktestReport
{
    private const string Unknown = "unknown";
    private static readonly string[] TierNames = ["quina (5)", "quadra (4)", "terno (3)", "duque (2)"];
    private static readonly string[] TierHeader = ["Hits", "Tickets", "", "Tier", "Prizes"];

    public static void Write(ReportWriter output, BacktestResult result, NumberStyle style)
    {
        var spec = result.Spec;
        var summary = result.Summary;
        output.Line(
            $"{spec.Strategy} · contests {spec.FromContest}..{spec.ToContest} · {style.Count(spec.Tickets)} tickets × {spec.Numbers} numbers"
            + $" · window {style.Count(spec.Window)} · seed {spec.Seed}",
            LineStyle.Title);

        List<string[]> money =
        [
            ["Contests", style.Count(summary.Contests)],
            ["Tickets", style.Count(summary.Tickets)],
            ["Cost", style.Money(summary.CostCents)],
            ["Prizes", summary.PrizeCents is { } prizes ? style.Money(prizes) : Unknown],
            ["Net", summary.NetCents is { } net ? style.Money(net) : Unknown],
            ["ROI", summary.Roi is { } roi ? style.Percent(roi) : Unknown],
            ["Break-even contest", summary.BreakEvenContest?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (summary.PrizesKnown ? "never" : Unknown)],
            ["Max drawdown", summary.MaxDrawdownCents is { } drawdown ? style.Money(drawdown) : Unknown],
            ["Longest losing streak", summary.LongestLosingStreak is { } streak ? $"{style.Count(streak)} contests" : Unknown],
            ["Average best hits", style.Fixed(summary.AverageBestHits, 3)],
        ];
        if (summary.PriceAssumedContests > 0)
        {
            money.Add(["Contests at assumed price", style.Count(summary.PriceAssumedContests)]);
        }

        if (summary.JackpotUnknownContests > 0)
        {
            money.Add(["Contests with unknown jackpot", style.Count(summary.JackpotUnknownContests)]);
        }

        output.Table(money, 1);
        output.Line();

        var tiers = new List<string[]> { TierHeader };
        for (var h = 0; h < summary.HitHistogram.Length; h++)
        {
            var tier = h < TierNames.Length ? new[] { TierNames[h], style.Count(summary.PrizeCounts[h]) } : ["", ""];
            tiers.Add([h.ToString(System.Globalization.CultureInfo.InvariantCulture), style.Count(summary.HitHistogram[h]), "", .. tier]);
        }

        output.Table(tiers, 0, 1, 4);
        output.Line();

        var chance = summary.Chance;
        output.Line(
            $"Mean hits per ticket {style.Fixed(chance.MeanHitsPerTicket, 4)} (chance {style.Fixed(chance.NullMeanHitsPerTicket, 4)});"
            + $" z = {style.Fixed(chance.Z, 2)}, one-sided p = {style.Significant(chance.OneSidedPValue)};"
            + $" beats chance at 5%: {(chance.BeatsChanceAt5Percent ? "yes" : "no")}",
            chance.BeatsChanceAt5Percent ? LineStyle.Good : LineStyle.Warning);
    }

    /// <summary>What the report cannot show as money, said on stderr so that a pipe of stdout still learns it.</summary>
    public static IEnumerable<string> Warnings(BacktestResult result, NumberStyle style)
    {
        var summary = result.Summary;
        if (!summary.PrizesKnown)
        {
            var unknown = result.Contests.Count(c => !c.PrizesKnown);
            yield return $"warning: --draws: prizes are unknown for {style.Count(unknown)} of {style.Count(summary.Contests)} contests"
                + " (the file has no prize columns); prizes, net and ROI are not computed";
        }

        foreach (var contest in result.Contests.Where(c => c.JackpotUnknown && c.PrizeCounts[0] > 0))
        {
            yield return $"warning: contest {contest.Contest}: {style.Count(contest.PrizeCounts[0])} simulated quina prize(s) on a contest whose"
                + " jackpot the source does not give; counted, but paid " + style.Money(0) + " (docs/money.md)";
        }
    }
}
