using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Api.Ui.Charts;

/// <summary>
/// A simulation's balance contest by contest: the running sum of prizes minus cost (it starts at zero), and how far
/// it stands below its best so far (the drawdown). Its last balance is the summary's net and its deepest drawdown the
/// summary's maximum drawdown.
/// </summary>
public sealed class EquityCurve
{
    private EquityCurve(IReadOnlyList<EquityPoint> points) => Points = points;

    public IReadOnlyList<EquityPoint> Points { get; }

    public long FinalBalanceCents => Points.Count == 0 ? 0 : Points[^1].BalanceCents;

    public long MaxDrawdownCents => Points.Count == 0 ? 0 : Points.Max(p => p.DrawdownCents);

    public static EquityCurve From(IEnumerable<ContestResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var points = new List<EquityPoint>();
        long balance = 0, peak = 0;
        foreach (var result in results.OrderBy(r => r.Contest))
        {
            balance += result.PrizeCents - result.CostCents;
            peak = Math.Max(peak, balance);
            points.Add(new EquityPoint(result.Contest, balance, peak - balance));
        }

        return new EquityCurve(points);
    }
}

/// <summary>The balance after a contest and its distance below the best balance before it.</summary>
public sealed record EquityPoint(int Contest, long BalanceCents, long DrawdownCents);
