using System.Globalization;
using LuckyFive.Domain.Backtesting;
using Spectre.Console;

namespace LuckyFive.Cli;

/// <summary>The human-readable backtest report: what it cost, what it won, how the tickets hit.</summary>
internal static class BacktestReport
{
    public static void Write(IAnsiConsole console, BacktestResult result)
    {
        var spec = result.Spec;
        var summary = result.Summary;
        console.MarkupLine(
            $"[bold]{spec.Strategy}[/] · contests {spec.FromContest}..{spec.ToContest} · {spec.Tickets} tickets × {spec.Numbers} numbers · window {spec.Window} · seed {spec.Seed}");

        var money = new Table().AddColumn("").AddColumn(new TableColumn("").RightAligned()).HideHeaders();
        money.AddRow("Contests", summary.Contests.ToString("N0", CultureInfo.InvariantCulture));
        money.AddRow("Tickets", summary.Tickets.ToString("N0", CultureInfo.InvariantCulture));
        money.AddRow("Cost", Reais(summary.CostCents));
        money.AddRow("Prizes", Reais(summary.PrizeCents));
        money.AddRow("Net", Reais(summary.NetCents));
        money.AddRow("ROI", summary.Roi.ToString("P2", CultureInfo.InvariantCulture));
        money.AddRow("Break-even contest", summary.BreakEvenContest?.ToString(CultureInfo.InvariantCulture) ?? "never");
        money.AddRow("Max drawdown", Reais(summary.MaxDrawdownCents));
        money.AddRow("Longest losing streak", $"{summary.LongestLosingStreak} contests");
        money.AddRow("Average best hits", summary.AverageBestHits.ToString("F3", CultureInfo.InvariantCulture));
        if (summary.PriceAssumedContests > 0)
        {
            money.AddRow("Contests at assumed price", summary.PriceAssumedContests.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(money);

        var hits = new Table().AddColumn("Hits").AddColumn(new TableColumn("Tickets").RightAligned());
        for (var h = 0; h < summary.HitHistogram.Length; h++)
        {
            hits.AddRow(h.ToString(CultureInfo.InvariantCulture), summary.HitHistogram[h].ToString("N0", CultureInfo.InvariantCulture));
        }

        var tiers = new Table().AddColumn("Tier").AddColumn(new TableColumn("Prizes").RightAligned());
        string[] names = ["quina (5)", "quadra (4)", "terno (3)", "duque (2)"];
        for (var t = 0; t < names.Length; t++)
        {
            tiers.AddRow(names[t], summary.PrizeCounts[t].ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(new Columns(hits, tiers));

        var chance = summary.Chance;
        var verdict = chance.BeatsChanceAt5Percent ? "[green]yes[/]" : "[yellow]no[/]";
        console.MarkupLine(
            $"Mean hits per ticket {chance.MeanHitsPerTicket:F4} (chance {chance.NullMeanHitsPerTicket:F4}); z = {chance.Z:F2}, one-sided p = {chance.OneSidedPValue:G3}; beats chance at 5%: {verdict}");
    }

    /// <summary>pt-BR money text (R$ 1.234,56) without culture data, which invariant-globalization builds lack.</summary>
    internal static string Reais(long cents)
    {
        var sign = cents < 0 ? "-" : "";
        var magnitude = Math.Abs(cents);
        var reais = (magnitude / 100).ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
        return $"{sign}R$ {reais},{magnitude % 100:00}";
    }
}
