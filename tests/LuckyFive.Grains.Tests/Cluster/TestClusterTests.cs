using Orleans.Runtime;
using Orleans.TestingHost;

namespace LuckyFive.Grains.Tests.Cluster;

/// <summary>Grains on a three-silo TestCluster: spreading, a killed silo, a stopped silo, a silo added.</summary>
public sealed class TestClusterTests(PostgresTestCluster fixture) : IClassFixture<PostgresTestCluster>
{
    private TestCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task NewGrains_ManyKeys_RunOnEverySilo()
    {
        var readings = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Counter($"spread-{i}").AddAndSave(1)));

        var silos = readings.Select(r => r.Silo).Distinct().ToArray();
        Assert.Equal(Cluster.GetActiveSilos().Count(), silos.Length);
    }

    [Fact]
    public async Task KillSiloAsync_GrainsOfTheKilledSilo_AnswerFromASurvivorWithTheirSavedState()
    {
        var victim = await StartSiloForThisTestAsync();
        var (key, first) = await KeyHostedByAsync(victim, "killed");
        await Counter(key).AddUnsaved(100);

        await Cluster.KillSiloAsync(victim);
        var after = await ReadOnceTheClusterNoticesAsync(key);

        Assert.Equal(first.Total, after.Total); // the unsaved 100 died with the silo; the saved total did not
        Assert.NotEqual(victim.SiloAddress.ToString(), after.Silo);
        await Cluster.WaitForLivenessToStabilizeAsync(); // the other tests place grains only on live silos
    }

    [Fact]
    public async Task StopSiloAsync_GrainsOfTheStoppedSilo_SavedOnDeactivationAndServedElsewhere()
    {
        var leaving = await StartSiloForThisTestAsync();
        var (key, first) = await KeyHostedByAsync(leaving, "stopped");
        await Counter(key).AddUnsaved(5);

        await Cluster.StopSiloAsync(leaving);
        var after = await ReadOnceTheClusterNoticesAsync(key); // a busy machine can route one more call to the leaving silo

        Assert.Equal(first.Total + 5, after.Total);
        Assert.NotEqual(leaving.SiloAddress.ToString(), after.Silo);
    }

    [Fact]
    public async Task StartAdditionalSiloAsync_NewSilo_TakesNewActivations()
    {
        var added = await StartSiloForThisTestAsync();

        var (_, reading) = await KeyHostedByAsync(added, "added");

        Assert.Equal(added.SiloAddress.ToString(), reading.Silo);
        await Cluster.StopSiloAsync(added);
    }

    /// <summary>
    /// Until the cluster declares the killed silo dead, calls to its activations fail (Orleans delivers at most once);
    /// a caller retries, as the API's clients do on a 503.
    /// </summary>
    private async Task<CounterReading> ReadOnceTheClusterNoticesAsync(string key)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                return await Counter(key).Read();
            }
            catch (OrleansMessageRejectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private IPlacedCounterGrain Counter(string key) => Cluster.GrainFactory.GetGrain<IPlacedCounterGrain>(key);

    /// <summary>A silo of this test's own, so killing or stopping it leaves the shared three for the other tests.</summary>
    private async Task<SiloHandle> StartSiloForThisTestAsync()
    {
        var silo = await Cluster.StartAdditionalSiloAsync();
        await Cluster.WaitForLivenessToStabilizeAsync();
        return silo;
    }

    private async Task<(string Key, CounterReading Reading)> KeyHostedByAsync(SiloHandle silo, string prefix)
    {
        for (var i = 0; i < 400; i++)
        {
            var key = $"{prefix}-{Guid.NewGuid():N}";
            var reading = await Counter(key).AddAndSave(1);
            if (reading.Silo == silo.SiloAddress.ToString())
            {
                return (key, reading);
            }
        }

        throw new InvalidOperationException($"No grain was placed on {silo.SiloAddress}.");
    }
}
