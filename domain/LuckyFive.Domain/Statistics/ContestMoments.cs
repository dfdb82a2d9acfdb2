using System.Numerics;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Mean and variance, under the null model, of the total hits H of one contest's tickets.
/// With c_n = how many tickets contain number n, H = Σ c_n·1[n ∈ D]. For a uniform 5-subset D of 1..80,
/// p = P(n ∈ D) = 5/80 and q = P(n, m ∈ D) = 5·4/(80·79), so E[H] = p·S1 and
/// Var[H] = p(1−p)·S2 + (q − p²)·(S1² − S2) where S1 = Σ c_n and S2 = Σ c_n².
/// That simplifies to Var[H] = 5·75·(80·S2 − S1²)/(80²·79), which keeps an integer numerator:
/// sums over contests stay exact, so totals never depend on the order contests are added in.
/// </summary>
public readonly record struct ContestMoments
{
    private const int N = Quina.MaxNumber;
    private const int D = Quina.NumbersDrawn;

    /// <summary>p = 5/80.</summary>
    internal const double InclusionProbability = (double)D / N;

    /// <summary>5·75/(80²·79), the factor in front of the integer spread 80·S2 − S1².</summary>
    internal const double VarianceScale = (double)D * (N - D) / ((double)N * N * (N - 1));

    internal ContestMoments(long sumCounts, long sumSquaredCounts)
    {
        SumCounts = sumCounts;
        SumSquaredCounts = sumSquaredCounts;
    }

    /// <summary>S1 = Σ c_n: the total numbers on the contest's tickets.</summary>
    public long SumCounts { get; }

    /// <summary>S2 = Σ c_n²: grows when tickets overlap.</summary>
    public long SumSquaredCounts { get; }

    /// <summary>80·S2 − S1² (never negative by Cauchy–Schwarz); zero when every number is on the same number of tickets.</summary>
    internal long Spread => N * SumSquaredCounts - SumCounts * SumCounts;

    public double Mean => InclusionProbability * SumCounts;

    public double Variance => VarianceScale * Spread;

    public static ContestMoments Of(ReadOnlySpan<NumberSet> tickets)
    {
        Span<int> counts = stackalloc int[N];
        counts.Clear();
        foreach (var ticket in tickets)
        {
            for (var bits = ticket.Low; bits != 0; bits &= bits - 1)
            {
                counts[BitOperations.TrailingZeroCount(bits)]++;
            }

            for (var bits = ticket.High; bits != 0; bits &= bits - 1)
            {
                counts[BitOperations.TrailingZeroCount(bits) + 64]++;
            }
        }

        long sum = 0;
        long sumSquares = 0;
        foreach (var count in counts)
        {
            sum += count;
            sumSquares += (long)count * count;
        }

        return new ContestMoments(sum, sumSquares);
    }

    public void Deconstruct(out double mean, out double variance)
    {
        mean = Mean;
        variance = Variance;
    }
}
