namespace LuckyFive.Domain.Statistics;

/// <summary>
/// A children × contests performance matrix cut into S contiguous blocks of near-equal size (sizes differ by at
/// most one), each child's performance added up per block. Every split of the cross-validation is a union of
/// blocks, so its totals cost S·N additions instead of a pass over every contest.
/// </summary>
internal sealed class ContestBlocks
{
    // _sums[b * Children + n]: child n's performance added over the contests of block b, in contest order.
    private readonly double[] _sums;
    private readonly int[] _contestsPerBlock;

    private ContestBlocks(int children, int contests, double[] sums, int[] contestsPerBlock)
    {
        Children = children;
        Contests = contests;
        _sums = sums;
        _contestsPerBlock = contestsPerBlock;
    }

    public int Children { get; }

    public int Contests { get; }

    public int Count => _contestsPerBlock.Length;

    /// <summary>Block b covers contests ⌊b·T/S⌋ .. ⌊(b+1)·T/S⌋ − 1.</summary>
    public static int Start(int block, int blocks, int contests) => (int)((long)block * contests / blocks);

    /// <summary>Checks the matrix and the block count, then adds up each child's performance per block.</summary>
    /// <exception cref="ArgumentException">Fewer than two children, ragged or non-finite rows, or an unusable block count.</exception>
    public static ContestBlocks Of(IReadOnlyList<IReadOnlyList<double>> performance, int blocks)
    {
        ArgumentNullException.ThrowIfNull(performance);
        if (performance.Count < 2)
        {
            throw new ArgumentException($"Overfitting is measured across at least two children; got {performance.Count}.", nameof(performance));
        }

        if (blocks < 2 || blocks > BacktestOverfitting.MaxBlocks || blocks % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(blocks), blocks,
                $"The block count S must be even and between 2 and {BacktestOverfitting.MaxBlocks}, so the blocks split into equal halves.");
        }

        var children = performance.Count;
        var contests = performance[0]?.Count ?? 0;
        if (contests < blocks)
        {
            throw new ArgumentException($"S = {blocks} blocks need at least {blocks} contests; the matrix has {contests}.", nameof(blocks));
        }

        var sums = new double[blocks * children];
        var contestsPerBlock = new int[blocks];
        for (var b = 0; b < blocks; b++)
        {
            contestsPerBlock[b] = Start(b + 1, blocks, contests) - Start(b, blocks, contests);
        }

        for (var n = 0; n < children; n++)
        {
            var row = performance[n];
            if (row is null || row.Count != contests)
            {
                var got = row is null ? "no row" : $"{row.Count}";
                throw new ArgumentException($"Every child needs one figure per contest ({contests}); child {n} has {got}.", nameof(performance));
            }

            for (var b = 0; b < blocks; b++)
            {
                var sum = SumOf(row, Start(b, blocks, contests), Start(b + 1, blocks, contests));
                sums[b * children + n] = double.IsFinite(sum)
                    ? sum
                    : throw new ArgumentException($"Performance must be finite; child {n} adds up to {sum} over block {b}.", nameof(performance));
            }
        }

        return new ContestBlocks(children, contests, sums, contestsPerBlock);
    }

    /// <summary>Writes into <paramref name="totals"/> each child's performance over the blocks in <paramref name="blockMask"/>; returns the contests they hold.</summary>
    public int Total(int blockMask, Span<double> totals)
    {
        totals.Clear();
        var contests = 0;
        for (var b = 0; b < _contestsPerBlock.Length; b++)
        {
            if ((blockMask >> b & 1) == 0)
            {
                continue;
            }

            contests += _contestsPerBlock[b];
            var block = _sums.AsSpan(b * Children, Children);
            for (var n = 0; n < totals.Length; n++)
            {
                totals[n] += block[n];
            }
        }

        return contests;
    }

    private static double SumOf(IReadOnlyList<double> row, int from, int to)
    {
        var sum = 0.0;
        for (var t = from; t < to; t++)
        {
            sum += row[t];
        }

        return sum;
    }
}
