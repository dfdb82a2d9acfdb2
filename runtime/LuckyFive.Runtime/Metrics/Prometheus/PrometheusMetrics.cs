using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace LuckyFive.Runtime;

/// <summary>
/// Collects the instruments of chosen meters in this process and writes them in the Prometheus text exposition
/// format (version 0.0.4), for a <c>/metrics</c> endpoint: counters as <c>_total</c> counters, up-down counters
/// and gauges as gauges, histograms with cumulative <c>_bucket</c>, <c>_sum</c> and <c>_count</c> series (bounds
/// from the instrument's advice, else OpenTelemetry's defaults). Observable instruments are read at each scrape.
/// </summary>
public sealed class PrometheusMetrics : IDisposable
{
    /// <summary>The content type of <see cref="WriteTo"/>'s output.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly ConcurrentDictionary<Instrument, InstrumentState> _instruments = new();
    private readonly MeterListener _listener;
    private readonly Lock _scrapeLock = new();

    /// <summary>
    /// Starts collecting the meters named <paramref name="meterNames"/>; with <paramref name="scope"/>, only those
    /// created by that meter factory (one silo's, when several share a process).
    /// </summary>
    public PrometheusMetrics(IEnumerable<string> meterNames, IMeterFactory? scope = null)
    {
        ArgumentNullException.ThrowIfNull(meterNames);
        var names = meterNames.ToHashSet(StringComparer.Ordinal);
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (names.Contains(instrument.Meter.Name) && (scope is null || ReferenceEquals(instrument.Meter.Scope, scope)))
                {
                    listener.EnableMeasurementEvents(instrument, _instruments.GetOrAdd(instrument, static i => new InstrumentState(i)));
                }
            },
            MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentState? _),
        };
        _listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<short>(static (_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<byte>(static (_, value, tags, state) => ((InstrumentState)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<decimal>(static (_, value, tags, state) => ((InstrumentState)state!).Record((double)value, tags));
        _listener.Start();
    }

    /// <summary>Reads the observable instruments, then writes every metric, sorted by name.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        lock (_scrapeLock)
        {
            // Observable instruments report what exists now: a series they no longer report is gone.
            foreach (var state in _instruments.Values.Where(s => s.Instrument.IsObservable))
            {
                state.Series.Clear();
            }

            _listener.RecordObservableInstruments();
            foreach (var state in _instruments.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                PrometheusTextWriter.Write(writer, state);
            }
        }
    }

    /// <summary>The whole exposition as a string.</summary>
    public string Scrape()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();
}
