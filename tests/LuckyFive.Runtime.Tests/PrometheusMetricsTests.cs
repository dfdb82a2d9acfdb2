using System.Diagnostics.Metrics;
using LuckyFive.Runtime.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime.Tests;

public sealed class PrometheusMetricsTests
{
    [Fact]
    public void Counter_TwoTagSets_WritesATotalPerSeriesWithHelpAndType()
    {
        using var meter = new Meter(UniqueMeterName());
        using var metrics = new PrometheusMetrics([meter.Name]);
        var counter = meter.CreateCounter<long>("shop.orders", description: "Orders placed.");

        counter.Add(2, new KeyValuePair<string, object?>("shop.region", "north"));
        counter.Add(3, new KeyValuePair<string, object?>("shop.region", "north"));
        counter.Add(1, new KeyValuePair<string, object?>("shop.region", "south"));

        Assert.Equal(
            """
            # HELP shop_orders_total Orders placed.
            # TYPE shop_orders_total counter
            shop_orders_total{shop_region="north"} 5
            shop_orders_total{shop_region="south"} 1

            """.ReplaceLineEndings("\n"),
            metrics.Scrape());
    }

    [Fact]
    public void Histogram_WithAdvisedBounds_WritesCumulativeBucketsSumAndCount()
    {
        using var meter = new Meter(UniqueMeterName());
        using var metrics = new PrometheusMetrics([meter.Name]);
        var histogram = meter.CreateHistogram<double>("job.duration", "s", "Job time.", null, new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5] });

        foreach (var value in new[] { 0.5, 1, 3, 7.5 })
        {
            histogram.Record(value);
        }

        Assert.Equal(
            """
            # HELP job_duration_seconds Job time.
            # TYPE job_duration_seconds histogram
            job_duration_seconds_bucket{le="1"} 2
            job_duration_seconds_bucket{le="5"} 3
            job_duration_seconds_bucket{le="+Inf"} 4
            job_duration_seconds_sum 12
            job_duration_seconds_count 4

            """.ReplaceLineEndings("\n"),
            metrics.Scrape());
    }

    [Fact]
    public void ObservableGauge_SeriesNoLongerReported_DisappearsAtTheNextScrape()
    {
        using var meter = new Meter(UniqueMeterName());
        using var metrics = new PrometheusMetrics([meter.Name]);
        var queues = new Dictionary<string, int> { ["a"] = 4, ["b"] = 2 };
        meter.CreateObservableGauge("queue.length", () => queues.Select(q => new Measurement<int>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))));

        var first = metrics.Scrape();
        queues.Remove("b");
        queues["a"] = 9;
        var second = metrics.Scrape();

        Assert.Contains("queue_length{queue=\"a\"} 4\nqueue_length{queue=\"b\"} 2\n", first, StringComparison.Ordinal);
        Assert.Contains("# TYPE queue_length gauge\nqueue_length{queue=\"a\"} 9\n", second, StringComparison.Ordinal);
        Assert.DoesNotContain("queue=\"b\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void UpDownCounterAndOtherMeters_FallAsGaugeAndAreLeftOut()
    {
        using var meter = new Meter(UniqueMeterName());
        using var other = new Meter(UniqueMeterName());
        using var metrics = new PrometheusMetrics([meter.Name]);
        var connections = meter.CreateUpDownCounter<int>("connections.open");
        other.CreateCounter<int>("ignored.count").Add(1);

        connections.Add(5);
        connections.Add(-2);

        Assert.Equal("# TYPE connections_open gauge\nconnections_open 3\n", metrics.Scrape());
    }

    [Fact]
    public void LabelValues_WithQuotesBackslashesAndNewlines_AreEscaped()
    {
        using var meter = new Meter(UniqueMeterName());
        using var metrics = new PrometheusMetrics([meter.Name]);
        meter.CreateCounter<int>("odd").Add(1, new KeyValuePair<string, object?>("text", "say \"hi\"\\\nbye"));

        Assert.Contains("odd_total{text=\"say \\\"hi\\\"\\\\\\nbye\"} 1\n", metrics.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuntimeMeter_OfOneSilo_ExposesItsGrainCallsAndActivations()
    {
        await using var cluster = await TestGrains.DeployAsync(2);
        var silo = cluster.Silos[0];
        using var metrics = new PrometheusMetrics([RuntimeMetrics.MeterName], silo.ServiceProvider.GetRequiredService<IMeterFactory>());
        var caller = silo.GrainFactory.GetGrain<ILocalCallerGrain>(4242);

        await caller.GetSilo();
        await caller.GetSilo();
        var text = metrics.Scrape();

        Assert.Contains("luckyfive_grain_calls_total{grain_type=\"localcaller\",method=\"GetSilo\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("luckyfive_grain_call_duration_milliseconds_count{grain_type=\"localcaller\",method=\"GetSilo\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("luckyfive_grain_call_duration_milliseconds_bucket{grain_type=\"localcaller\",method=\"GetSilo\",le=\"0.01\"}", text, StringComparison.Ordinal);
        Assert.Contains("luckyfive_grain_activations{grain_type=\"localcaller\"} 1\n", text, StringComparison.Ordinal);
    }

    private static string UniqueMeterName() => $"test.{Guid.NewGuid():N}";
}
