namespace LuckyFive.Domain.Tests.Statistics;

/// <summary>
/// The special functions as the domain computed them by hand before it used MathNet.Numerics, kept here only as
/// the reference the library's values are checked against (docs/decisions/0005-special-functions.md).
/// </summary>
internal static class HandWrittenSpecialFunctions
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 10_000;
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>ln Γ(x) for x &gt; 0: shift up to x ≥ 15 with Γ(x+1) = x·Γ(x), then Stirling's series.</summary>
    public static double LogGamma(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        var shift = 0.0;
        while (x < 15)
        {
            shift += Math.Log(x);
            x += 1;
        }

        var inverse = 1 / x;
        var inverseSquared = inverse * inverse;
        // 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷); the next term is below 1e-13 at x = 15.
        var series = inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260 - inverseSquared / 1680)));
        return (x - 0.5) * Math.Log(x) - x + HalfLogTwoPi + series - shift;
    }

    /// <summary>P(a, x) = γ(a, x)/Γ(a), the lower regularized incomplete gamma function.</summary>
    public static double RegularizedGammaP(double a, double x)
    {
        CheckGammaArguments(a, x);
        if (x == 0)
        {
            return 0;
        }

        return x < a + 1 ? LowerSeries(a, x) : 1 - UpperContinuedFraction(a, x);
    }

    /// <summary>Q(a, x) = 1 − P(a, x), computed directly where it is small so tail p-values keep their precision.</summary>
    public static double RegularizedGammaQ(double a, double x)
    {
        CheckGammaArguments(a, x);
        if (x == 0)
        {
            return 1;
        }

        return x < a + 1 ? 1 - LowerSeries(a, x) : UpperContinuedFraction(a, x);
    }

    /// <summary>erfc(x) = Q(1/2, x²) for x ≥ 0, and 2 − erfc(−x) below zero.</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var upper = RegularizedGammaQ(0.5, x * x);
        return x >= 0 ? upper : 2 - upper;
    }

    /// <summary>P(Z &gt; z) for a standard normal Z.</summary>
    public static double NormalSurvival(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>P(X &gt; x) for X chi-square distributed with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    public static double ChiSquareSurvival(double x, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return x <= 0 ? 1 : RegularizedGammaQ(degreesOfFreedom / 2.0, x / 2);
    }

    // Σ xⁿ/(a(a+1)…(a+n)) times the prefactor; converges quickly for x < a + 1.
    private static double LowerSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return Math.Min(1, sum * Prefactor(a, x));
    }

    // Continued fraction for Γ(a,x)/Γ(a), evaluated with the modified Lentz method; converges quickly for x ≥ a + 1.
    private static double UpperContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var fraction = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = b + an / c;
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = d * c;
            fraction *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return Math.Min(1, fraction * Prefactor(a, x));
    }

    // xᵃ·e^(−x)/Γ(a), in logs to avoid overflow for large a or x.
    private static double Prefactor(double a, double x) => Math.Exp(a * Math.Log(x) - x - LogGamma(a));

    private static void CheckGammaArguments(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
    }
}
