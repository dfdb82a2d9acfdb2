using System.Globalization;

namespace LuckyFive.Api.Ui;

/// <summary>How the pages write numbers, money and times: the same on every machine, whatever its culture.</summary>
internal static class UiFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Centavos as reais: R$ 1,234.50, a minus sign before the symbol when negative.</summary>
    public static string Money(long? cents) => cents is { } c
        ? (c < 0 ? "−" : "") + "R$ " + (Math.Abs((decimal)c) / 100m).ToString("#,0.00", Invariant)
        : "—";

    public static string Percent(double? ratio) => ratio is { } r ? (r * 100).ToString("0.0", Invariant) + " %" : "—";

    public static string Number(double? value, string format = "0.###") => value is { } v ? v.ToString(format, Invariant) : "—";

    public static string Count(long value) => value.ToString("#,0", Invariant);

    public static string Time(DateTimeOffset? time) => time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Invariant) : "—";

    /// <summary>A p-value as people read it: four decimals, or "&lt; 0.0001".</summary>
    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", Invariant);

    /// <summary>Parameters as name=value pairs in name order.</summary>
    public static string Parameters(IReadOnlyDictionary<string, double> parameters) =>
        parameters.Count == 0 ? "—" : string.Join(", ", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Number(p.Value)}"));
}
