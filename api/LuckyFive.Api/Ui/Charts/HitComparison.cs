using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Api.Ui.Charts;

/// <summary>
/// Tickets by hits (0 to 5) as the simulation bet them, beside the number chance expects for the same tickets: each
/// ticket of k numbers hits h with the hypergeometric probability, summed over every ticket bet.
/// </summary>
public sealed record HitComparison(IReadOnlyList<long> Observed, IReadOnlyList<double> Expected)
{
    public static HitComparison From(SimulationSummary summary, IEnumerable<ContestResult> results)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(results);
        var expected = new double[HitProbabilities.Bins];
        foreach (var ticket in results.SelectMany(r => r.Tickets))
        {
            var probabilities = HitProbabilities.For(ticket.Length);
            for (var h = 0; h < expected.Length; h++)
            {
                expected[h] += probabilities[h];
            }
        }

        return new HitComparison(summary.HitHistogram, expected);
    }
}
