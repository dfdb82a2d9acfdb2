using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Meter_GrainCalls_PublishesCallsFailuresDurationAndActivations()
    {
        var measurements = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RuntimeMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "grain.type" && tag.Value as string == "metered")
                {
                    measurements.AddOrUpdate(instrument.Name, value, (_, total) => total + value);
                }
            }
        }

        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        listener.Start();
        await using var cluster = await TestGrains.DeployAsync(1);
        var grain = cluster.Client.GetGrain<IMeteredGrain>("m");

        for (var i = 0; i < 5; i++)
        {
            await grain.Work();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Fail());
        listener.RecordObservableInstruments();

        Assert.Equal(6, measurements["luckyfive.grain.calls"]);
        Assert.Equal(1, measurements["luckyfive.grain.call.failures"]);
        Assert.True(measurements["luckyfive.grain.call.duration"] > 0);
        Assert.Equal(1, measurements["luckyfive.grain.activations"]);
        Assert.Equal(1, cluster.Primary.Metrics.GetActivationCounts()["metered"]);
    }

    [Fact]
    public async Task GetActivationCounts_GrainsActivatedThenStopped_CountsLiveActivationsByType()
    {
        await using var cluster = await TestGrains.DeployAsync(1);
        for (var i = 0; i < 3; i++)
        {
            await cluster.Client.GetGrain<IMeteredGrain>($"m{i}").Work();
        }

        Assert.Equal(3, cluster.Primary.Metrics.GetActivationCounts()["metered"]);

        await cluster.StopSiloAsync(cluster.Primary);

        Assert.False(cluster.Primary.Metrics.GetActivationCounts().ContainsKey("metered"));
    }
}
