using System.Globalization;

namespace LuckyFive.Domain.Sweeps;

/// <summary>Sizes and values of the grid generators, computed without accumulating floating-point error.</summary>
internal static class GridValues
{
    // Slack for (max − min)/step landing a hair below a whole number (e.g. 0.7/0.1 = 6.999999999999999).
    private const double CountSlack = 1e-9;

    /// <summary>How many values min, min+step, … ≤ max there are; a double because absurd steps overflow any integer.</summary>
    public static double RangeCount(double min, double max, double step) => Math.Floor((max - min) / step + CountSlack) + 1;

    /// <summary>min + i·step for i = 0..count−1, each computed directly and cleaned (never by repeated addition).</summary>
    public static double[] Range(double min, double step, int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = Clean(min + i * step);
        }

        return values;
    }

    /// <summary>base^i for i = start..end.</summary>
    public static double[] Exponential(double @base, int start, int end)
    {
        var values = new double[end - start + 1];
        for (var i = start; i <= end; i++)
        {
            values[i - start] = Clean(Math.Pow(@base, i));
        }

        return values;
    }

    /// <summary>
    /// Rounds to 15 significant digits, the precision a double always holds, which removes binary noise such as
    /// 3·0.1 = 0.30000000000000004 (giving 0.3) while leaving values a user typed unchanged.
    /// </summary>
    public static double Clean(double value) =>
        double.IsFinite(value)
            ? double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
            : value;
}
