using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace LuckyFive.Domain.Statistics;

/// <summary>
/// The tail probabilities the chance tests need, from MathNet.Numerics' special functions
/// (docs/decisions/0005-special-functions.md): erfc for the normal tail and the regularized upper incomplete
/// gamma function Q for the chi-square tail, both computed directly so small p-values keep their precision.
/// </summary>
internal static class TailProbabilities
{
    /// <summary>The two-sided 95% standard normal quantile Φ⁻¹(0.975) = 1.959963984540054.</summary>
    public static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    /// <summary>P(Z &gt; z) for a standard normal Z: ½·erfc(z/√2).</summary>
    public static double NormalSurvival(double z) => 0.5 * SpecialFunctions.Erfc(z / Constants.Sqrt2);

    /// <summary>P(X &gt; x) for X chi-square distributed with <paramref name="degreesOfFreedom"/> degrees of freedom: Q(df/2, x/2).</summary>
    public static double ChiSquareSurvival(double x, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, x / 2);
    }
}
