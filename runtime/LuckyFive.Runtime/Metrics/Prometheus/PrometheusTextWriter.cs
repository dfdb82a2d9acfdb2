using System.Globalization;
using System.Text;

namespace LuckyFive.Runtime;

/// <summary>Writes one instrument's series in the Prometheus text exposition format.</summary>
internal static class PrometheusTextWriter
{
    public static void Write(TextWriter writer, InstrumentState state)
    {
        var series = state.Series.Select(p => (Labels: p.Key.ToArray(), Series: p.Value))
            .Select(s => (Text: Labels(s.Labels), s.Series))
            .OrderBy(s => s.Text, StringComparer.Ordinal)
            .ToArray();
        if (series.Length == 0)
        {
            return;
        }

        if (!string.IsNullOrEmpty(state.Instrument.Description))
        {
            writer.Write($"# HELP {state.Name} {EscapeHelp(state.Instrument.Description)}\n");
        }

        writer.Write($"# TYPE {state.Name} {state.Type}\n");
        foreach (var (labels, value) in series)
        {
            if (state.Aggregation == Aggregation.Histogram)
            {
                WriteHistogram(writer, state.Name, labels, state.Boundaries!, value);
            }
            else
            {
                writer.Write($"{state.Name}{Braced(labels)} {Number(value.Value)}\n");
            }
        }
    }

    private static void WriteHistogram(TextWriter writer, string name, string labels, double[] boundaries, MetricSeries value)
    {
        var (buckets, sum, count) = value.Snapshot();
        var separator = labels.Length == 0 ? "" : ",";
        long cumulative = 0;
        for (var i = 0; i < boundaries.Length; i++)
        {
            cumulative += buckets[i];
            writer.Write($"{name}_bucket{{{labels}{separator}le=\"{Number(boundaries[i])}\"}} {cumulative}\n");
        }

        writer.Write($"{name}_bucket{{{labels}{separator}le=\"+Inf\"}} {count}\n");
        writer.Write($"{name}_sum{Braced(labels)} {Number(sum)}\n");
        writer.Write($"{name}_count{Braced(labels)} {count}\n");
    }

    /// <summary><c>a="1",b="x"</c>: sanitized names, escaped values, in the instrument's tag order.</summary>
    private static string Labels(KeyValuePair<string, object?>[] tags)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in tags)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(PrometheusNames.Label(key)).Append("=\"").Append(EscapeLabelValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")).Append('"');
        }

        return builder.ToString();
    }

    private static string Braced(string labels) => labels.Length == 0 ? "" : "{" + labels + "}";

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string EscapeLabelValue(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeHelp(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
