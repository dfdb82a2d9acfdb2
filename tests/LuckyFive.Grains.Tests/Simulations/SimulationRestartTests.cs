using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Grains.Tests.Simulations;

/// <summary>One silo, and the whole cluster stopped and started again mid-run on the same database.</summary>
public sealed class SimulationRestartTests(SimulationRestartTests.OneSilo fixture) : IClassFixture<SimulationRestartTests.OneSilo>
{
    [Fact]
    public async Task WholeClusterRestart_MidRun_ResumesToTheSameResults()
    {
        var id = Specs.NewId("restart");
        var spec = Specs.Hybrid(5501, 5800, batchSize: 5);
        await fixture.Simulation(id).SubmitAsync(spec);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await fixture.Simulation(id).GetStatusAsync())!.BatchesDone < 3)
        {
            Assert.True(DateTime.UtcNow < deadline);
            await Task.Delay(50);
        }

        var beforeRestart = (await fixture.Simulation(id).GetStatusAsync())!;
        await fixture.RestartAsync();
        var final = await fixture.WaitForFinalAsync(id, TimeSpan.FromMinutes(3));

        Assert.True(beforeRestart.BatchesDone < beforeRestart.BatchesTotal, "the cluster stopped after the run had finished");
        Assert.Equal(SimulationState.Completed, final.State);
        var export = await fixture.Cluster.GrainFactory.GetGrain<ISimulationQueryGrain>(0).ExportAsync(id, ExportFormat.Json);
        Assert.Equal(fixture.ExpectedJson(spec), export);
        Assert.Equal(0L, await fixture.ScalarAsync<long>(
            "SELECT count(*) - count(DISTINCT idempotency_key) FROM ledger_entries WHERE ledger_id = @l", ("l", final.LedgerId)));
    }

    public sealed class OneSilo() : SimulationCluster(1);
}

/// <summary>A batch that cannot finish within its timeout is retried a bounded number of times, then fails the simulation.</summary>
public sealed class SimulationFailureTests(SimulationFailureTests.ImpossibleTimeout fixture) : IClassFixture<SimulationFailureTests.ImpossibleTimeout>
{
    [Fact]
    public async Task Batch_TimesOutEveryAttempt_FailsTheSimulationWithTheReason()
    {
        var id = Specs.NewId("timeout");

        await fixture.Simulation(id).SubmitAsync(Specs.Hybrid(6001, 6100, batchSize: 50));
        var final = await fixture.WaitForFinalAsync(id);

        Assert.Equal(SimulationState.Failed, final.State);
        Assert.Contains("failed 2 times", final.Reason, StringComparison.Ordinal);
        Assert.Contains("batch timeout", final.Reason, StringComparison.Ordinal);
        Assert.Null(final.Summary);
    }

    public sealed class ImpossibleTimeout() : SimulationCluster(1, new Dictionary<string, string>
    {
        ["LuckyFive:Simulations:BatchTimeout"] = "00:00:00.001",
        ["LuckyFive:Simulations:MaxBatchAttempts"] = "2",
    });
}
