using System.Globalization;

namespace LuckyFive.Api.Ui.Charts;

/// <summary>
/// Maps a range of values onto a range of pixels, and picks round tick values (1, 2 or 5 times a power of ten) for
/// its axis. An empty range (every value equal) is widened around the value, so one point still has somewhere to go.
/// </summary>
public sealed class LinearScale
{
    public LinearScale(double min, double max, double fromPixel, double toPixel, bool includeZero = false)
    {
        if (includeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        if (!(max > min))
        {
            var pad = Math.Abs(min) > 0 ? Math.Abs(min) * 0.1 : 1;
            (min, max) = (min - pad, max + pad);
        }

        Min = min;
        Max = max;
        FromPixel = fromPixel;
        ToPixel = toPixel;
    }

    public double Min { get; }

    public double Max { get; }

    public double FromPixel { get; }

    public double ToPixel { get; }

    /// <summary>The pixel of <paramref name="value"/>, rounded to a tenth so the markup stays short.</summary>
    public double this[double value] => Math.Round(FromPixel + ((value - Min) / (Max - Min) * (ToPixel - FromPixel)), 1);

    /// <summary>About <paramref name="count"/> round values inside the range, ascending.</summary>
    public IReadOnlyList<double> Ticks(int count = 5)
    {
        var step = NiceStep((Max - Min) / Math.Max(1, count));
        var ticks = new List<double>();
        // Each tick is a whole number of steps, multiplied in decimal: 3 × 0.2 is 0.6, not 0.6000000000000001.
        for (var k = Math.Ceiling(Min / step); k * step <= Max + (step * 1e-9); k++)
        {
            ticks.Add((double)((decimal)k * (decimal)step));
        }

        return ticks;
    }

    /// <summary>A pixel as SVG wants it: invariant, no exponent.</summary>
    public static string Px(double pixel) => pixel.ToString("0.#", CultureInfo.InvariantCulture);

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }
}
