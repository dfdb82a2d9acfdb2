namespace LuckyFive.Domain.Statistics;

/// <summary>
/// The probability of backtest overfitting (PBO) by combinatorially symmetric cross-validation, after Bailey,
/// Borwein, López de Prado and Zhu, "The probability of backtest overfitting" (2015); docs/statistics.md,
/// "Many recipes". A sweep picks the child that did best; PBO estimates how often the child picked on one half of
/// the contests is no better than the median child on the other half. Near 0: the choice carries over. Near 0.5:
/// picking the best is picking noise. Near 1: the choice is systematically wrong.
/// </summary>
public static class BacktestOverfitting
{
    /// <summary>S = 16 blocks: C(16, 8) = 12,870 splits, each half still 8 blocks of contests.</summary>
    public const int DefaultBlocks = 16;

    /// <summary>C(20, 10) = 184,756 splits; beyond this the split count grows about fourfold per two blocks.</summary>
    public const int MaxBlocks = 20;

    /// <summary>
    /// Cuts the contests into <paramref name="blocks"/> contiguous blocks and, for every choice of half the blocks as
    /// the in-sample part (the rest out of sample), picks the child with the best in-sample total (ties: the lowest
    /// index) and takes its relative rank ω = rank / (N + 1) among all N children out of sample (rank 1 = worst,
    /// ties share their average rank) and its logit λ = ln(ω / (1 − ω)). PBO is the share of splits with λ ≤ 0.
    /// </summary>
    /// <param name="performance">
    /// One row per child, one additive figure per contest in contest order, e.g. the excess hits per ticket
    /// (<see cref="ContestChance.ExcessHitsPerTicket"/>), so that a block's performance is the sum of its contests'.
    /// </param>
    /// <param name="blocks">S: even, 2..<see cref="MaxBlocks"/>, and at most the number of contests.</param>
    /// <exception cref="ArgumentException">
    /// Fewer than two children, rows of different lengths, a value that is not finite, or an unusable block count.
    /// </exception>
    public static OverfittingReport Estimate(IReadOnlyList<IReadOnlyList<double>> performance, int blocks = DefaultBlocks)
    {
        var sums = ContestBlocks.Of(performance, blocks);
        var tally = new SplitTally(sums.Children);
        var inSample = new double[sums.Children];
        var outOfSample = new double[sums.Children];
        var everyBlock = (1 << blocks) - 1;
        for (var mask = (1 << (blocks / 2)) - 1; mask <= everyBlock; mask = NextWithSameBitCount(mask))
        {
            var inSampleContests = sums.Total(mask, inSample);
            var outOfSampleContests = sums.Total(everyBlock & ~mask, outOfSample);
            tally.Add(inSample, inSampleContests, outOfSample, outOfSampleContests);
        }

        return tally.Report(blocks, sums.Contests);
    }

    /// <summary>The next larger integer with as many set bits (Gosper): visits every half of the blocks once, in order.</summary>
    private static int NextWithSameBitCount(int mask)
    {
        var lowest = mask & -mask;
        var ripple = mask + lowest;
        return ripple | ((mask ^ ripple) >> 2) / lowest;
    }
}
