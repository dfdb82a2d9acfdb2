using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace LuckyFive.Runtime;

/// <summary>How an instrument's measurements become a Prometheus metric.</summary>
internal enum Aggregation
{
    /// <summary>Counter: measurements are increments of a total.</summary>
    Sum,

    /// <summary>Observable counter: each measurement is the total so far.</summary>
    ObservedTotal,

    /// <summary>Up-down counter: increments of a value that can fall.</summary>
    SumGauge,

    /// <summary>Gauges and observable up-down counters: the last value.</summary>
    LastValue,

    /// <summary>Histogram: bucketed counts, sum and count.</summary>
    Histogram,
}

/// <summary>One instrument's series, keyed by tag set, with its Prometheus name and type.</summary>
internal sealed class InstrumentState
{
    // OpenTelemetry's default explicit bucket bounds, used when the instrument gives no advice.
    private static readonly double[] s_defaultBoundaries = [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000];

    public InstrumentState(Instrument instrument)
    {
        Instrument = instrument;
        Aggregation = AggregationOf(instrument);
        Boundaries = Aggregation == Aggregation.Histogram ? BoundariesOf(instrument) : null;
        Name = PrometheusNames.Metric(instrument.Name, instrument.Unit, isCounter: Aggregation is Aggregation.Sum or Aggregation.ObservedTotal);
    }

    public Instrument Instrument { get; }

    public Aggregation Aggregation { get; }

    public string Name { get; }

    public double[]? Boundaries { get; }

    public string Type => Aggregation switch
    {
        Aggregation.Sum or Aggregation.ObservedTotal => "counter",
        Aggregation.Histogram => "histogram",
        _ => "gauge",
    };

    public ConcurrentDictionary<TagSet, MetricSeries> Series { get; } = new();

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = new TagSet(tags);
        if (!Series.TryGetValue(key, out var series))
        {
            series = Series.GetOrAdd(key, new MetricSeries(Boundaries));
        }

        switch (Aggregation)
        {
            case Aggregation.Sum or Aggregation.SumGauge:
                series.Add(value);
                break;
            case Aggregation.Histogram:
                series.Observe(value);
                break;
            default:
                series.Set(value);
                break;
        }
    }

    private static Aggregation AggregationOf(Instrument instrument)
    {
        var definition = instrument.GetType().IsGenericType ? instrument.GetType().GetGenericTypeDefinition() : null;
        return definition switch
        {
            _ when definition == typeof(Counter<>) => Aggregation.Sum,
            _ when definition == typeof(ObservableCounter<>) => Aggregation.ObservedTotal,
            _ when definition == typeof(UpDownCounter<>) => Aggregation.SumGauge,
            _ when definition == typeof(Histogram<>) => Aggregation.Histogram,
            _ => Aggregation.LastValue,
        };
    }

    private static double[] BoundariesOf(Instrument instrument)
    {
        var advised = instrument switch
        {
            Histogram<double> h => h.Advice?.HistogramBucketBoundaries?.ToArray(),
            Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            _ => null,
        };
        return advised is { Length: > 0 } ? advised : s_defaultBoundaries;
    }
}
