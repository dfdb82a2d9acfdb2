using System.Text.Json;
using LuckyFive.GrainInterfaces.Ledgers;
using LuckyFive.GrainInterfaces.Simulations;
using Orleans.TestingHost;

namespace LuckyFive.Grains.Tests.Simulations;

/// <summary>Simulations on three silos: results, money and determinism whatever the batching, placement or failures.</summary>
public sealed class SimulationGrainTests(ThreeSiloSimulationCluster fixture) : IClassFixture<ThreeSiloSimulationCluster>
{
    private TestCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Completed_Export_IsTheCliDocumentByteForByte()
    {
        var id = Specs.NewId("cli");
        var spec = Specs.Frequency(5001, 5600);

        var submitted = await fixture.Simulation(id).SubmitAsync(spec);
        var final = await fixture.WaitForFinalAsync(id);

        Assert.Equal(SubmitOutcome.Accepted, submitted.Outcome);
        Assert.Equal(SimulationState.Completed, final.State);
        Assert.Equal(12, final.BatchesTotal);
        Assert.Equal(final.ContestsTotal, final.ContestsDone);
        var export = await Query().ExportAsync(id, ExportFormat.Json);
        Assert.Equal(fixture.ExpectedJson(spec), export);
    }

    [Fact]
    public async Task Completed_Summary_AgreesWithTheLedgerAndTheRows()
    {
        var id = Specs.NewId("money");
        var spec = Specs.Random(3001, 3700, tickets: 30, batchSize: 64);

        await fixture.Simulation(id).SubmitAsync(spec);
        var final = await fixture.WaitForFinalAsync(id);

        var summary = final.Summary!;
        var ledger = (await Cluster.GrainFactory.GetGrain<ILedgerGrain>(final.LedgerId).GetAsync())!;
        Assert.Equal(700, summary.Contests);
        Assert.Equal(summary.CostCents, ledger.BetCents);
        Assert.Equal(summary.PrizeCents, ledger.PrizeCents);
        Assert.Equal(summary.PrizeCounts, ledger.PrizeCounts);
        Assert.Equal(summary.MaxDrawdownCents, ledger.MaxDrawdownCents);
        Assert.Equal(summary.BreakEvenContest, ledger.BreakEvenContest);
        Assert.Equal(final.CostCents, summary.CostCents);
        Assert.Equal(700L, await RowCountAsync(id));
        var prizeContests = await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM contest_results WHERE simulation_id = @id AND (prize_cents > 0 OR prize_counts <> '{0,0,0,0}')", ("id", id));
        Assert.Equal(700 + prizeContests, ledger.Entries);
    }

    [Fact]
    public async Task BatchSize_DoesNotChangeTheResults()
    {
        var small = Specs.NewId("batch7");
        var large = Specs.NewId("batch300");

        await fixture.Simulation(small).SubmitAsync(Specs.Frequency(6001, 6400, batchSize: 7));
        await fixture.Simulation(large).SubmitAsync(Specs.Frequency(6001, 6400, batchSize: 300));
        await fixture.WaitForFinalAsync(small);
        await fixture.WaitForFinalAsync(large);

        var smallContests = Contests(await Query().ExportAsync(small, ExportFormat.Json));
        var largeContests = Contests(await Query().ExportAsync(large, ExportFormat.Json));
        Assert.Equal(smallContests, largeContests);
        Assert.Equal(Contests(fixture.ExpectedJson(Specs.Frequency(6001, 6400))), smallContests);
    }

    [Fact]
    public async Task Batches_PlacedOverTheCluster_RunOnEverySilo()
    {
        var id = Specs.NewId("spread");
        var spec = Specs.Random(4001, 4300, tickets: 2, batchSize: 10);
        var work = Enumerable.Range(0, 30).Select(i => new BatchWork
        {
            SimulationId = id,
            Spec = spec,
            DrawsVersion = 1,
            FromContest = 4001 + (i * 10),
            ToContest = 4010 + (i * 10),
        });

        var results = await Task.WhenAll(work.Select((w, i) => Cluster.GrainFactory.GetGrain<IContestBatchGrain>($"{id}/{i}").RunAsync(w)));

        Assert.Equal(Cluster.GetActiveSilos().Count(), results.Select(r => r.Silo).Distinct().Count());
        Assert.All(results, r => Assert.True(r.Computed));
        Assert.Equal(300L, await RowCountAsync(id));
    }

    [Fact]
    public async Task Batch_RunAgain_ReadsItsRowsBackAndChangesNothing()
    {
        var id = Specs.NewId("rerun");
        var work = new BatchWork { SimulationId = id, Spec = Specs.Random(5001, 5050, 4, 50), DrawsVersion = 1, FromContest = 5001, ToContest = 5050 };
        var first = await Cluster.GrainFactory.GetGrain<IContestBatchGrain>($"{id}/0").RunAsync(work);
        var rowsBefore = await RowsDigestAsync(id);

        var again = await Cluster.GrainFactory.GetGrain<IContestBatchRetryGrain>($"{id}/0/retry-1").RunAsync(work);

        Assert.True(first.Computed);
        Assert.False(again.Computed);
        Assert.Equal(first.CostCents, again.CostCents);
        Assert.Equal(first.PrizeCents, again.PrizeCents);
        Assert.Equal(first.PrizeCounts, again.PrizeCounts);
        Assert.Equal(rowsBefore, await RowsDigestAsync(id));
        Assert.Equal(50L, await RowCountAsync(id));
    }

    [Fact]
    public async Task KillSiloAsync_MidRun_CompletesWithTheSameResultsAndNoDuplicateEntry()
    {
        var victim = await Cluster.StartAdditionalSiloAsync();
        await Cluster.WaitForLivenessToStabilizeAsync();
        var id = Specs.NewId("killed");
        var spec = Specs.Hybrid(5801, 6100, batchSize: 5);
        await fixture.Simulation(id).SubmitAsync(spec);
        await WaitUntilAsync(async () => (await fixture.Simulation(id).GetStatusAsync())!.BatchesDone >= 3);

        var beforeKill = (await fixture.Simulation(id).GetStatusAsync())!;
        await Cluster.KillSiloAsync(victim);
        var final = await fixture.WaitForFinalAsync(id, TimeSpan.FromMinutes(3));

        Assert.True(beforeKill.BatchesDone < beforeKill.BatchesTotal, "the silo died after the run had finished");
        Assert.Equal(SimulationState.Completed, final.State);
        Assert.Equal(fixture.ExpectedJson(spec), await Query().ExportAsync(id, ExportFormat.Json));
        var ledger = (await Cluster.GrainFactory.GetGrain<ILedgerGrain>(final.LedgerId).GetAsync())!;
        Assert.Equal(final.Summary!.CostCents, ledger.BetCents);
        Assert.Equal(final.Summary.PrizeCents, ledger.PrizeCents);
        Assert.Equal(0L, await fixture.ScalarAsync<long>(
            "SELECT count(*) - count(DISTINCT (simulation_id, contest, kind)) FROM ledger_entries WHERE ledger_id = @l", ("l", final.LedgerId)));
        await Cluster.WaitForLivenessToStabilizeAsync();
    }

    [Fact]
    public async Task Cancel_Running_StopsWithinOneBatch()
    {
        var id = Specs.NewId("cancel");
        await fixture.Simulation(id).SubmitAsync(Specs.Hybrid(3001, 6000, batchSize: 10));
        await WaitUntilAsync(async () => (await fixture.Simulation(id).GetStatusAsync())!.BatchesDone >= 1);

        var cancelled = await fixture.Simulation(id).CancelAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var later = await fixture.Simulation(id).GetStatusAsync();

        Assert.Equal(SimulationState.Cancelled, cancelled!.State);
        Assert.Equal(SimulationState.Cancelled, later!.State);
        Assert.Equal(cancelled.ContestsDone, later.ContestsDone);
        Assert.True(later.ContestsDone < later.ContestsTotal);
        Assert.Equal("cancelled", await fixture.ScalarAsync<string>("SELECT state FROM simulations WHERE id = @id", ("id", id)));
        Assert.Equal(later.ContestsDone, await fixture.ScalarAsync<int>("SELECT contests_done FROM simulations WHERE id = @id", ("id", id)));
    }

    [Fact]
    public async Task Bankroll_BudgetRunsOut_StopsBankruptBeforeTheRefusedBet()
    {
        var ledgerId = Specs.NewId("bankroll");
        var opened = await Cluster.GrainFactory.GetGrain<ILedgerGrain>(ledgerId)
            .OpenAsync(new LedgerOpening { Kind = LedgerKind.Bankroll, Name = "small", BudgetCents = 10_000 });
        var id = Specs.NewId("bankrupt");
        var spec = Specs.Frequency(6001, 6500) with { LedgerId = ledgerId, BatchSize = 4 };

        await fixture.Simulation(id).SubmitAsync(spec);
        var final = await fixture.WaitForFinalAsync(id);

        var ledger = (await Cluster.GrainFactory.GetGrain<ILedgerGrain>(ledgerId).GetAsync())!;
        Assert.NotNull(opened);
        Assert.Equal(SimulationState.Bankrupt, final.State);
        var stoppedAt = final.StoppedAtContest!.Value;
        Assert.Equal(stoppedAt - 6001, final.Summary!.Contests);
        var page = await Query().GetResultsAsync(id, 0, 500);
        Assert.Equal(final.Summary.Contests, page!.Items.Count);
        Assert.All(page.Items, c => Assert.True(c.Contest < stoppedAt));
        Assert.InRange(ledger.BalanceCents, 0, final.Summary.CostCents / final.Summary.Contests - 1);
        Assert.Equal(10_000 - final.Summary.CostCents + final.Summary.PrizeCents, ledger.BalanceCents);
        var expected = Contests(fixture.ExpectedJson(spec with { ToContest = stoppedAt - 1 }));
        Assert.Equal(expected, Contests(await Query().ExportAsync(id, ExportFormat.Json)));
        Assert.Contains(ledgerId, final.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SameSpecTwice_AcceptedOnce_AnotherSpec_Conflicts()
    {
        var id = Specs.NewId("twice");
        var spec = Specs.Frequency(6801, 6850);

        var first = await fixture.Simulation(id).SubmitAsync(spec);
        var again = await fixture.Simulation(id).SubmitAsync(spec);
        var other = await fixture.Simulation(id).SubmitAsync(spec with { Seed = 8 });

        Assert.Equal(SubmitOutcome.Accepted, first.Outcome);
        Assert.Equal(SubmitOutcome.Accepted, again.Outcome);
        Assert.Equal(SubmitOutcome.Conflict, other.Outcome);
        Assert.Equal(first.Status!.CreatedAt, again.Status!.CreatedAt);
    }

    [Fact]
    public async Task Submit_InvalidSpec_NamesEveryBadField()
    {
        var id = Specs.NewId("invalid");
        var spec = Specs.Frequency(6800, 99_999, batchSize: 0) with
        {
            Parameters = new Dictionary<string, double> { ["sim_preds"] = 0 },
            LedgerId = "no-such-ledger",
        };

        var result = await fixture.Simulation(id).SubmitAsync(spec);
        var unknownStrategy = await fixture.Simulation(Specs.NewId("strategy")).SubmitAsync(spec with { Strategy = "astrology" });

        Assert.Equal(SubmitOutcome.Invalid, result.Outcome);
        Assert.Equal(["batch_size", "ledger_id", "parameters.sim_preds"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(unknownStrategy.Errors, e => e.Field == "strategy" && e.Reason.Contains("frequency", StringComparison.Ordinal));
        Assert.Null(await fixture.Simulation(id).GetStatusAsync());
    }

    [Theory]
    [InlineData(6000)]
    [InlineData(6100)]
    public async Task Submit_InSampleEndOutsideTheRange_IsRefused(int inSampleTo)
    {
        var result = await fixture.Simulation(Specs.NewId("split")).SubmitAsync(Specs.Frequency(6001, 6100) with { InSampleToContest = inSampleTo });

        var error = Assert.Single(result.Errors);
        Assert.Equal("in_sample_to_contest", error.Field);
        Assert.Contains("from 6001 to 6099", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_RangeBeyondTheHistory_IsRefusedWithTheRange()
    {
        var result = await fixture.Simulation(Specs.NewId("range")).SubmitAsync(Specs.Frequency(6800, 99_999));

        var error = Assert.Single(result.Errors);
        Assert.Equal("to", error.Field);
        Assert.Contains(fixture.History.LastContest.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ListsNewestFirst_AndPagesResults()
    {
        var older = Specs.NewId("list-a");
        var newer = Specs.NewId("list-b");
        await fixture.Simulation(older).SubmitAsync(Specs.Random(6001, 6030, 1, 50) with { Strategy = "random" });
        await fixture.Simulation(newer).SubmitAsync(Specs.Random(6001, 6030, 1, 50, seed: 12));
        await fixture.WaitForFinalAsync(older);
        await fixture.WaitForFinalAsync(newer);

        var first = await Query().ListAsync(new SimulationQuery { Strategy = "random", Limit = 1 });
        var second = await Query().ListAsync(new SimulationQuery { Strategy = "random", Limit = 1, AfterId = first.Items[0].Id });
        var page = await Query().GetResultsAsync(newer, afterContest: 6010, limit: 5);

        Assert.Equal(newer, first.Items[0].Id);
        Assert.True(first.HasMore);
        Assert.Equal(older, second.Items[0].Id);
        Assert.Equal([6011, 6012, 6013, 6014, 6015], page!.Items.Select(c => c.Contest));
        Assert.True(page.HasMore);
        Assert.Null(await Query().GetResultsAsync("never-submitted", 0, 5));
    }

    private ISimulationQueryGrain Query() => Cluster.GrainFactory.GetGrain<ISimulationQueryGrain>(0);

    private Task<long> RowCountAsync(string id) =>
        fixture.ScalarAsync<long>("SELECT count(*) FROM contest_results WHERE simulation_id = @id", ("id", id));

    private Task<string> RowsDigestAsync(string id) => fixture.ScalarAsync<string>(
        "SELECT md5(string_agg(contest::text || tickets::text || hits::text || cost_cents::text || prize_cents::text, '|' ORDER BY contest)) FROM contest_results WHERE simulation_id = @id",
        ("id", id));

    private static string Contests(byte[]? document)
    {
        using var json = JsonDocument.Parse(document!);
        return json.RootElement.GetProperty("contests").GetRawText();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 60 s");
            await Task.Delay(50);
        }
    }
}
