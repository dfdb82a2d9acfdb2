using LuckyFive.Grains.Simulations;

namespace LuckyFive.Grains.Comparisons;

/// <summary>
/// The per-contest figure each metric's difference is tested on (docs/statistics.md, "Comparing simulations"): the
/// contest-level quantity whose mean over the contests is, or moves with, the metric. Drawdown is a property of the
/// whole path, with no per-contest figure, so it is ranked but not tested.
/// </summary>
internal static class ContestSeries
{
    public static (string Figure, Func<ContestFigures, double> Read)? For(string metric) => metric switch
    {
        "roi" => ("net_per_cost", f => f.CostCents == 0 ? 0 : (f.PrizeCents - f.CostCents) / (double)f.CostCents),
        "net_cents" => ("net_cents", f => f.PrizeCents - f.CostCents),
        "prize_cents" => ("prize_cents", f => f.PrizeCents),
        "mean_hits_per_ticket" or "z" or "p_value" => ("mean_hits_per_ticket", f => f.Hits.Length == 0 ? 0 : f.Hits.Average()),
        "average_best_hits" => ("best_hits", f => f.Hits.Length == 0 ? 0 : f.Hits.Max()),
        "quina" => ("quina", f => f.PrizeCounts[0]),
        "quadra" => ("quadra", f => f.PrizeCounts[1]),
        "terno" => ("terno", f => f.PrizeCounts[2]),
        "duque" => ("duque", f => f.PrizeCounts[3]),
        _ => null,
    };
}
