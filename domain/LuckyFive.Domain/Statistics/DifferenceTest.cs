using MathNet.Numerics.Distributions;

namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Whether two simulations differ on a per-contest figure (docs/statistics.md, "Comparing simulations"): a paired t
/// test when both replayed the same contests, Welch's t test otherwise. Two-sided: the question is whether they
/// differ, not which one the ranking already says is ahead.
/// </summary>
public static class DifferenceTest
{
    /// <summary>
    /// The paired t test on dᵢ = aᵢ − bᵢ over contests both replayed (<paramref name="a"/>[i] and
    /// <paramref name="b"/>[i] are the same contest): t = mean(d) / (s_d/√n) with n − 1 degrees of freedom. Pairing
    /// removes what the contests' draws do to both at once, so it sees smaller differences than an unpaired test.
    /// Differences all equal give no t: p is 1 when they are all zero, 0 otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two pairs, or a value that is not finite.</exception>
    public static DifferenceTestResult Paired(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"A paired test needs one b per a; got {a.Count} and {b.Count}.", nameof(b));
        }

        var differences = new double[a.Count];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = Finite(a[i], nameof(a)) - Finite(b[i], nameof(b));
        }

        var (mean, variance) = MeanAndVariance(differences, nameof(a));
        var n = differences.Length;
        var error = Math.Sqrt(variance / n);
        return Result(DifferenceMethod.PairedT, mean, error, n - 1, n);
    }

    /// <summary>
    /// Welch's t test on two independent samples: t = (mean(a) − mean(b)) / √(s_a²/n_a + s_b²/n_b), degrees of
    /// freedom by Welch–Satterthwaite. For simulations over different contests, where nothing pairs them.
    /// </summary>
    /// <exception cref="ArgumentException">A sample with fewer than two values, or a value that is not finite.</exception>
    public static DifferenceTestResult Welch(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (meanA, varianceA) = MeanAndVariance(a, nameof(a));
        var (meanB, varianceB) = MeanAndVariance(b, nameof(b));
        var shareA = varianceA / a.Count;
        var shareB = varianceB / b.Count;
        var error = Math.Sqrt(shareA + shareB);
        var freedom = error > 0
            ? (shareA + shareB) * (shareA + shareB) / (shareA * shareA / (a.Count - 1) + shareB * shareB / (b.Count - 1))
            : a.Count + b.Count - 2;
        return Result(DifferenceMethod.WelchT, meanA - meanB, error, freedom, a.Count + b.Count);
    }

    private static DifferenceTestResult Result(DifferenceMethod method, double difference, double error, double freedom, int count)
    {
        if (error == 0)
        {
            return new DifferenceTestResult(method, difference, null, freedom, difference == 0 ? 1 : 0, count);
        }

        var t = difference / error;
        var p = Math.Min(1, 2 * StudentT.CDF(0, 1, freedom, -Math.Abs(t)));
        return new DifferenceTestResult(method, difference, t, freedom, p, count);
    }

    private static (double Mean, double Variance) MeanAndVariance(IReadOnlyList<double> values, string name)
    {
        if (values.Count < 2)
        {
            throw new ArgumentException($"A t test needs at least two values per sample; got {values.Count}.", name);
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            sum += Finite(value, name);
        }

        var mean = sum / values.Count;
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return (mean, squares / (values.Count - 1));
    }

    private static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"Values must be finite; got {value}.", name);
}

/// <summary>Which test <see cref="DifferenceTest"/> ran.</summary>
public enum DifferenceMethod
{
    /// <summary>Paired t test over the contests both replayed.</summary>
    PairedT = 0,

    /// <summary>Welch's unequal-variance t test.</summary>
    WelchT = 1,
}

/// <summary>
/// A test of a difference: the mean difference (a − b), t (null when the differences have no spread), degrees of
/// freedom, the two-sided p-value and the values it used (pairs for the paired test, both samples for Welch's).
/// </summary>
public sealed record DifferenceTestResult(DifferenceMethod Method, double MeanDifference, double? T, double DegreesOfFreedom, double PValue, int Count);
