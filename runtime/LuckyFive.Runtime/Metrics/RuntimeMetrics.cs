using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LuckyFive.Runtime;

/// <summary>
/// The silo's instruments on the <c>LuckyFive.Runtime</c> meter (System.Diagnostics.Metrics), plus the per-method
/// call statistics behind the management API.
/// </summary>
public sealed class RuntimeMetrics : IDisposable
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "LuckyFive.Runtime";

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _timeouts;
    private readonly Histogram<double> _duration;
    private readonly ConcurrentDictionary<(string GrainType, string Method), MethodCounters> _methods = new();
    private SiloRuntime? _silo;

    /// <summary>Creates the instruments.</summary>
    public RuntimeMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _calls = _meter.CreateCounter<long>("luckyfive.grain.calls", description: "Grain calls handled by this silo.");
        _failures = _meter.CreateCounter<long>("luckyfive.grain.call.failures", description: "Grain calls that ended in an exception.");
        _timeouts = _meter.CreateCounter<long>("luckyfive.grain.call.timeouts", description: "Calls made from this silo that timed out.");
        // Grain calls take microseconds to seconds: bounds from 10 µs up, where the default ones start at 5 ms.
        _duration = _meter.CreateHistogram<double>(
            "luckyfive.grain.call.duration",
            unit: "ms",
            description: "Time to handle a grain call.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000] });
        _meter.CreateObservableGauge("luckyfive.grain.activations", ObserveActivations, description: "Activations by grain type.");
        _meter.CreateObservableGauge("luckyfive.grain.queue.length", () => _silo?.Catalog.Activations.Sum(a => a.QueueLength) ?? 0, description: "Requests waiting for admission.");
    }

    /// <summary>Per-method call counts, failures and total latency on this silo.</summary>
    public IReadOnlyList<GrainMethodStatistics> GetMethodStatistics() =>
        _methods.Select(m => new GrainMethodStatistics(m.Key.GrainType, m.Key.Method, m.Value.Calls, m.Value.Failures, TimeSpan.FromTicks(m.Value.TotalTicks)))
            .ToArray();

    /// <summary>Activation counts by grain type on this silo.</summary>
    public IReadOnlyDictionary<string, int> GetActivationCounts() =>
        (_silo?.LocalClasses.Values ?? []).Where(c => c.ActivationCount > 0).ToDictionary(c => c.GrainType, c => c.ActivationCount);

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    internal void Attach(SiloRuntime silo) => _silo = silo;

    internal void RecordCall(string grainType, GrainMethodInvoker invoker, TimeSpan elapsed, bool succeeded)
    {
        var method = invoker.Method.Name;
        var tags = new TagList { { "grain.type", grainType }, { "method", method } };
        _calls.Add(1, tags);
        _duration.Record(elapsed.TotalMilliseconds, tags);

        // The counters are cached on the invoker, which belongs to this silo, to keep the dictionary off the hot path.
        var counters = invoker.Counters as MethodCounters ?? (MethodCounters)(invoker.Counters = _methods.GetOrAdd((grainType, method), static _ => new MethodCounters()));
        Interlocked.Increment(ref counters.Calls);
        Interlocked.Add(ref counters.TotalTicks, elapsed.Ticks);
        if (!succeeded)
        {
            _failures.Add(1, tags);
            Interlocked.Increment(ref counters.Failures);
        }
    }

    internal void RecordTimeout(string grainType) => _timeouts.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));

    private IEnumerable<Measurement<int>> ObserveActivations() =>
        (_silo?.LocalClasses.Values ?? []).Select(c => new Measurement<int>(c.ActivationCount, new KeyValuePair<string, object?>("grain.type", c.GrainType)));

    private sealed class MethodCounters
    {
#pragma warning disable CA1051 // Updated with Interlocked, so these must be fields.
        public long Calls;
        public long Failures;
        public long TotalTicks;
#pragma warning restore CA1051
    }
}
