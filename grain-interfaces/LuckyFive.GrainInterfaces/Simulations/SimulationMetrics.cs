namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>
/// The figures a finished simulation is ranked by (sweeps' best runs, comparisons, leaderboards), under one set of
/// snake_case names. A metric is null where the summary cannot give it: money when the prizes are unknown.
/// </summary>
public static class SimulationMetrics
{
    /// <summary>Every metric, in the order listings show them.</summary>
    public static IReadOnlyList<SimulationMetric> All { get; } =
    [
        new("roi", "net / cost", HigherIsBetter: true, s => s.Roi),
        new("net_cents", "prizes minus cost, in centavos", HigherIsBetter: true, s => s.NetCents),
        new("prize_cents", "prizes won, in centavos", HigherIsBetter: true, s => s.PrizeCents),
        new("mean_hits_per_ticket", "mean hits per ticket", HigherIsBetter: true, s => s.Chance.MeanHitsPerTicket),
        new("z", "standardised excess of hits over chance", HigherIsBetter: true, s => s.Chance.Z),
        new("p_value", "one-sided p-value of the hits against chance", HigherIsBetter: false, s => s.Chance.PValue),
        new("average_best_hits", "mean over contests of the best ticket's hits", HigherIsBetter: true, s => s.AverageBestHits),
        new("quina", "quina prizes won (5 hits)", HigherIsBetter: true, s => s.PrizeCounts[0]),
        new("quadra", "quadra prizes won (4 hits)", HigherIsBetter: true, s => s.PrizeCounts[1]),
        new("terno", "terno prizes won (3 hits)", HigherIsBetter: true, s => s.PrizeCounts[2]),
        new("duque", "duque prizes won (2 hits)", HigherIsBetter: true, s => s.PrizeCounts[3]),
        new("max_drawdown_cents", "largest fall of the cumulative net from a peak, in centavos", HigherIsBetter: false, s => s.MaxDrawdownCents),
    ];

    /// <summary>The metric names, for error messages that list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(m => m.Name)];

    /// <summary>The metric with this name (exact, snake_case), if there is one.</summary>
    public static bool TryGet(string? name, out SimulationMetric metric)
    {
        metric = All.FirstOrDefault(m => m.Name == name)!;
        return metric is not null;
    }

    /// <summary>The reason an unknown metric name is refused, listing the known ones.</summary>
    public static string Unknown(string? name) => $"unknown metric '{name}'; one of {string.Join(", ", Names)}";
}

/// <summary>One ranking figure: its name, what it means, which way is better and how a summary gives it.</summary>
public sealed record SimulationMetric(string Name, string Description, bool HigherIsBetter, Func<SimulationSummary, double?> Read)
{
    /// <summary>The metric of a summary; null when the summary cannot give it.</summary>
    public double? Of(SimulationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Read(summary);
    }

    /// <summary>Orders values best first (nulls last), for ranking.</summary>
    public int CompareBestFirst(double? x, double? y) =>
        (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => HigherIsBetter ? y!.Value.CompareTo(x!.Value) : x!.Value.CompareTo(y!.Value),
        };
}
