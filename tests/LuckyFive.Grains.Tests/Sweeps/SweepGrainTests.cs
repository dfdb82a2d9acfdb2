using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using LuckyFive.Grains.Sweeps;
using LuckyFive.Grains.Tests.Simulations;
using Orleans.TestingHost;

namespace LuckyFive.Grains.Tests.Sweeps;

/// <summary>Sweeps on three silos: every child runs once, at most the concurrency at a time; cancel; a dead silo.</summary>
public sealed class SweepGrainTests(SweepGrainTests.Fixture fixture) : IClassFixture<SweepGrainTests.Fixture>
{
    private TestCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Sweep_RunsEveryChildOnce_NeverMoreThanTheConcurrencyAtATime()
    {
        var id = Specs.NewId("sweep");
        var request = SweepSpecs.Request(SweepSpecs.PowerGrid, 6001, 6200, concurrency: 2);

        var submitted = await Sweep(id).SubmitAsync(request);
        var mostRunning = 0L;
        SweepStatus status;
        do
        {
            mostRunning = Math.Max(mostRunning, await UnfinishedChildrenAsync(id));
            status = (await Sweep(id).GetStatusAsync())!;
            await Task.Delay(50);
        }
        while (!status.State.IsFinal());

        Assert.Equal(SubmitOutcome.Accepted, submitted.Outcome);
        Assert.Equal(SweepState.Completed, status.State);
        Assert.Equal(new SweepProgress(Total: 6, Pending: 0, Running: 0, Completed: 6, Failed: 0, Cancelled: 0), status.Progress);
        Assert.InRange(mostRunning, 1, 2);
        Assert.Equal(["power"], status.Parameters);
        var children = (await Query().GetChildrenAsync(id))!;
        Assert.Equal([0, 1, 2, 3, 4, 5], children.Select(c => c.Index));
        Assert.All(children, c => Assert.Equal(SimulationState.Completed, c.State));
        Assert.Equal([0.0, 0, 1, 1, 2, 2], children.Select(c => c.Parameters["power"]));
        // Replicate 0 keeps the base seed; every combination shares the replicates' seeds.
        Assert.Equal(7UL, children[0].Seed);
        Assert.Equal(children[1].Seed, children[5].Seed);
        Assert.NotEqual(children[0].Seed, children[1].Seed);
        Assert.Equal(6L, await fixture.ScalarAsync<long>("SELECT count(*) FROM simulations WHERE id LIKE @p", ("p", id + "-%")));
    }

    [Fact]
    public async Task Child_ResultsAreTheCliDocumentOfItsRecipe()
    {
        var id = Specs.NewId("cli");
        await Sweep(id).SubmitAsync(SweepSpecs.Request(SweepSpecs.PowerGrid, 6101, 6200, concurrency: 3));
        await WaitForFinalAsync(id);

        var child = (await Query().GetChildrenAsync(id))![3];
        var spec = (await fixture.Simulation(child.SimulationId).GetStatusAsync())!.Spec;
        Assert.Equal(1.0, spec.Parameters["power"]);
        Assert.Equal(child.Seed, spec.Seed);
        Assert.Equal(fixture.ExpectedJson(spec), await fixture.Cluster.GrainFactory.GetGrain<ISimulationQueryGrain>(0).ExportAsync(child.SimulationId, ExportFormat.Json));
    }

    [Fact]
    public async Task Submit_Invalid_NamesEveryField_AndRecordsNothing()
    {
        var id = Specs.NewId("invalid");
        var request = SweepSpecs.Request(SweepSpecs.PowerGrid.Replace("[0, 1, 2]", "[0, 11]", StringComparison.Ordinal), 6001, 99_999, concurrency: 0)
            with { Holdout = 0.9 };

        var result = await Sweep(id).SubmitAsync(request);

        Assert.Equal(SubmitOutcome.Invalid, result.Outcome);
        var fields = result.Errors.Select(e => e.Field).ToArray();
        Assert.Contains("concurrency", fields);
        Assert.Contains("holdout", fields);
        Assert.Contains(fields, f => f.StartsWith("spec.parameters[0].values", StringComparison.Ordinal));
        Assert.Null(await Sweep(id).GetStatusAsync());
        Assert.Null(await Query().GetChildrenAsync(id));
    }

    [Fact]
    public async Task Submit_RangeOutsideTheHistory_IsRefusedOnTheRangeFields()
    {
        var result = await Sweep(Specs.NewId("range")).SubmitAsync(SweepSpecs.Request(SweepSpecs.PowerGrid, 6001, 99_999, concurrency: 2));

        Assert.Equal(SubmitOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "to_contest");
    }

    [Fact]
    public async Task Submit_SameRequestTwice_IsOneSweep_AnotherRequestConflicts()
    {
        var id = Specs.NewId("twice");
        var request = SweepSpecs.Request(SweepSpecs.PowerGrid, 6151, 6200, concurrency: 2);

        var first = await Sweep(id).SubmitAsync(request);
        var again = await Sweep(id).SubmitAsync(request);
        var other = await Sweep(id).SubmitAsync(request with { Concurrency = 3 });

        Assert.Equal(SubmitOutcome.Accepted, first.Outcome);
        Assert.Equal(SubmitOutcome.Accepted, again.Outcome);
        Assert.Equal(first.Status!.CreatedAt, again.Status!.CreatedAt);
        Assert.Equal(SubmitOutcome.Conflict, other.Outcome);
        await WaitForFinalAsync(id);
    }

    [Fact]
    public async Task Cancel_StopsTheRunningChild_AndStartsNoOther()
    {
        var id = Specs.NewId("cancel");
        await Sweep(id).SubmitAsync(SweepSpecs.Request(SweepSpecs.SlowHybrid, 5001, 6000, concurrency: 1, batchSize: 10));
        await WaitUntilAsync(async () => await UnfinishedChildrenAsync(id) == 1);

        var cancelled = (await Sweep(id).CancelAsync())!;
        await Task.Delay(TimeSpan.FromSeconds(2));
        var later = (await Sweep(id).GetStatusAsync())!;

        Assert.Equal(SweepState.Cancelled, cancelled.State);
        Assert.Equal(cancelled.Progress, later.Progress);
        Assert.Equal(cancelled.FinishedAt, later.FinishedAt);
        Assert.Equal(6, later.Progress.Total);
        Assert.Equal(0, later.Progress.Running);
        Assert.Equal(0, later.Progress.Pending);
        Assert.Equal(6, later.Progress.Cancelled + later.Progress.Completed);
        Assert.True(later.Progress.Cancelled >= 5);
        Assert.Equal(0, await UnfinishedChildrenAsync(id));
        Assert.Equal(1L, await fixture.ScalarAsync<long>("SELECT count(*) FROM simulations WHERE id LIKE @p", ("p", id + "-%")));
        Assert.Equal("cancelled", await fixture.ScalarAsync<string>("SELECT state FROM sweeps WHERE id = @id", ("id", id)));
    }

    [Fact]
    public async Task KillSiloAsync_OfTheSweepsSilo_ResumesOnASurvivor_EveryChildOnce()
    {
        var victim = await Cluster.StartAdditionalSiloAsync();
        await Cluster.WaitForLivenessToStabilizeAsync();
        var id = await IdActivatedOnAsync(victim.SiloAddress);
        await Sweep(id).SubmitAsync(SweepSpecs.Request(SweepSpecs.SlowHybrid, 5901, 6000, concurrency: 2, batchSize: 10));
        await WaitUntilAsync(async () => (await Sweep(id).GetStatusAsync())!.Progress.Completed >= 1);

        await Cluster.KillSiloAsync(victim);
        var final = await WaitForFinalAsync(id, TimeSpan.FromMinutes(4));

        Assert.Equal(SweepState.Completed, final.State);
        Assert.Equal(new SweepProgress(6, 0, 0, 6, 0, 0), final.Progress);
        var children = (await Query().GetChildrenAsync(id))!;
        Assert.All(children, c => Assert.Equal(SimulationState.Completed, c.State));
        Assert.Equal(6L, await fixture.ScalarAsync<long>("SELECT count(*) FROM simulations WHERE id LIKE @p", ("p", id + "-%")));
        await Cluster.WaitForLivenessToStabilizeAsync();
    }

    private ISweepGrain Sweep(string id) => Cluster.GrainFactory.GetGrain<ISweepGrain>(id);

    private ISweepQueryGrain Query() => Cluster.GrainFactory.GetGrain<ISweepQueryGrain>(0);

    // Children whose simulation exists and is not final: the ones the sweep has running.
    private Task<long> UnfinishedChildrenAsync(string id) => fixture.ScalarAsync<long>(
        "SELECT count(*) FROM simulations WHERE id LIKE @p AND state IN ('pending', 'running')", ("p", id + "-%"));

    // A sweep id whose (empty) grain is active on the given silo, so that killing the silo kills the sweep's activation.
    private async Task<string> IdActivatedOnAsync(Orleans.Runtime.SiloAddress silo)
    {
        var management = Cluster.GrainFactory.GetGrain<IManagementGrain>(0);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var id = Specs.NewId("killed");
            Assert.Null(await Sweep(id).GetStatusAsync());
            if (await management.GetActivationAddress(Sweep(id)) == silo)
            {
                return id;
            }
        }

        throw new InvalidOperationException($"no sweep grain was placed on {silo} in 200 attempts");
    }

    private async Task<SweepStatus> WaitForFinalAsync(string id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var status = await SimulationCluster.CallWhileTheClusterSettlesAsync(() => Sweep(id).GetStatusAsync());
            if (status!.State.IsFinal())
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"sweep {id} is still {status.State}: {status.Progress}");
            await Task.Delay(200);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within a minute");
            await Task.Delay(50);
        }
    }

    /// <summary>Three silos of its own: the kill test changes the cluster.</summary>
    public sealed class Fixture() : SimulationCluster(3);
}
