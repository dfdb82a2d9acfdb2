namespace LuckyFive.Domain.Statistics;

/// <summary>
/// The z test against chance (docs/statistics.md) over any set of contests, contiguous or not:
/// Z = (ΣH − ΣE[H]) / sqrt(ΣVar[H]) with a one-sided p-value P(N(0,1) &gt; Z). A holdout judges a recipe chosen on
/// the first contests of a range by the totals of the contests it was not chosen on. Only integer sums are kept,
/// so the same contests give bit-identical figures in any order; <see cref="ChanceAccumulator"/> reports through
/// the same type, so a full run and the sum of its parts agree exactly.
/// </summary>
public readonly record struct ChanceTotals
{
    internal ChanceTotals(long contests, long observedHits, long sumCounts, long spread)
    {
        Contests = contests;
        ObservedHits = observedHits;
        SumCounts = sumCounts;
        Spread = spread;
    }

    public long Contests { get; }

    /// <summary>ΣH over the contests.</summary>
    public long ObservedHits { get; }

    /// <summary>ΣE[H] over the contests.</summary>
    public double ExpectedHits => ContestMoments.InclusionProbability * SumCounts;

    /// <summary>ΣVar[H] over the contests: the variance of <see cref="ObservedHits"/> under the null model.</summary>
    public double NullVariance => ContestMoments.VarianceScale * Spread;

    /// <summary>
    /// Standard deviations above chance; 0 when the null variance is 0 (every number on the same number of
    /// tickets, so the total is the same for every draw).
    /// </summary>
    public double Z
    {
        get
        {
            // ΣH − p·ΣS1 = (80·ΣH − 5·ΣS1)/80 with an exact integer numerator, so a perfect match gives exactly 0.
            var excess = (double)(Quina.MaxNumber * ObservedHits - Quina.NumbersDrawn * SumCounts) / Quina.MaxNumber;
            var variance = NullVariance;
            return variance > 0 ? excess / Math.Sqrt(variance) : 0;
        }
    }

    /// <summary>P(total hits ≥ observed | chance), normal approximation; 1 when the null variance is 0 (nothing to beat).</summary>
    public double OneSidedPValue => NullVariance > 0 ? TailProbabilities.NormalSurvival(Z) : 1;

    public bool BeatsChanceAt5Percent => OneSidedPValue < 0.05;

    /// <summary>Σ S1 of the contests' moments.</summary>
    internal long SumCounts { get; }

    /// <summary>Σ (80·S2 − S1²) of the contests' moments.</summary>
    internal long Spread { get; }

    /// <summary>The totals over <paramref name="contests"/>; pick a tail with <c>Skip</c>, or any subset, before passing them.</summary>
    public static ChanceTotals Over(IEnumerable<ContestChance> contests)
    {
        ArgumentNullException.ThrowIfNull(contests);
        var totals = default(ChanceTotals);
        foreach (var contest in contests)
        {
            totals = totals.Add(contest);
        }

        return totals;
    }

    /// <summary>These totals with one more contest.</summary>
    public ChanceTotals Add(ContestChance contest) =>
        new(Contests + 1, ObservedHits + contest.Hits, SumCounts + contest.Moments.SumCounts, Spread + contest.Moments.Spread);
}
