using System.Text;

namespace LuckyFive.Runtime;

/// <summary>Instrument and tag names as Prometheus metric and label names (OpenTelemetry's conversion rules).</summary>
internal static class PrometheusNames
{
    /// <summary>
    /// <c>luckyfive.grain.call.duration</c> with unit <c>ms</c> becomes
    /// <c>luckyfive_grain_call_duration_milliseconds</c>; counters end in <c>_total</c>.
    /// </summary>
    public static string Metric(string instrumentName, string? unit, bool isCounter)
    {
        var name = Sanitize(instrumentName, allowColon: true);
        if (UnitSuffix(unit) is { } suffix && !name.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            name += "_" + suffix;
        }

        return isCounter && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name;
    }

    public static string Label(string tagName) => Sanitize(tagName, allowColon: false);

    private static string? UnitSuffix(string? unit) => unit switch
    {
        null or "" or "1" => null,
        ['{', .., '}'] => null, // An annotation such as {request}, not a unit.
        "ms" => "milliseconds",
        "s" => "seconds",
        "us" => "microseconds",
        "ns" => "nanoseconds",
        "By" => "bytes",
        "%" => "percent",
        _ => Sanitize(unit, allowColon: false),
    };

    private static string Sanitize(string name, bool allowColon)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
