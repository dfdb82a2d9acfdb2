using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using LuckyFive.Grains.Simulations;

namespace LuckyFive.Grains.Sweeps;

/// <summary>
/// A sweep's probability of backtest overfitting from what its children stored: each completed child's excess hits
/// per ticket, contest by contest, is one row of the cross-validation's matrix. Nothing is re-run.
/// </summary>
public sealed class SweepOverfittingEstimate(SweepStore sweeps, ContestResultStore results)
{
    /// <summary>The estimate over <paramref name="blocks"/> blocks; null when the sweep is unknown.</summary>
    public async Task<SweepOverfitting?> EstimateAsync(string sweepId, int blocks, CancellationToken cancellationToken)
    {
        if (await sweeps.ReadChildrenAsync(sweepId, cancellationToken) is not { } children)
        {
            return null;
        }

        // Bankrupt children stop early, so only completed ones share the whole range.
        var completed = children.Where(c => c.State == SimulationState.Completed).ToArray();
        var chances = await results.ReadChancesAsync([.. completed.Select(c => c.SimulationId)], cancellationToken);
        var rows = completed
            .Select(c => chances.TryGetValue(c.SimulationId, out var contests) ? contests : [])
            .Select(contests => (IReadOnlyList<double>)[.. contests.Select(c => c.ExcessHitsPerTicket)])
            .ToArray();
        var contestCount = rows.Length > 0 ? rows[0].Count : 0;
        var empty = new SweepOverfitting { Children = rows.Length, ChildrenLeftOut = children.Count - rows.Length, Contests = contestCount, Blocks = blocks };
        if (Problem(rows, contestCount, blocks) is { } problem)
        {
            return empty with { Problem = problem };
        }

        var report = BacktestOverfitting.Estimate(rows, blocks);
        return empty with
        {
            Probability = report.Probability,
            Splits = report.Splits,
            MeanLogit = report.MeanLogit,
            LogitHistogram = [.. report.LogitHistogram.Select(b => new SweepLogitBin(b.Lower, b.Upper, b.Splits))],
            MeanInSamplePerformance = report.MeanInSamplePerformance,
            MeanOutOfSamplePerformance = report.MeanOutOfSamplePerformance,
            OutOfSampleLossProbability = report.OutOfSampleLossProbability,
        };
    }

    private static string? Problem(IReadOnlyList<double>[] rows, int contests, int blocks)
    {
        if (blocks is < 2 or > BacktestOverfitting.MaxBlocks || blocks % 2 != 0)
        {
            return $"blocks must be even, from 2 to {BacktestOverfitting.MaxBlocks}; got {blocks}";
        }

        if (rows.Length < 2)
        {
            return $"the estimate compares at least 2 completed children; {rows.Length} completed so far";
        }

        if (rows.Any(r => r.Count != contests))
        {
            return "the completed children do not share the same contests";
        }

        return contests < blocks ? $"{blocks} blocks need at least {blocks} contests; the children replayed {contests}" : null;
    }
}
