using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.TestSupport;
using Xunit.Abstractions;

namespace LuckyFive.Cluster.Tests.Product;

/// <summary>
/// Simulations through the API on two silo processes and PostgreSQL: whatever happens to a silo mid-run, a
/// simulation ends with the CLI's results byte for byte and every contest paid exactly once; cancel, bankruptcy and
/// a repeated import behave as the API guide says.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class SimulationsOnTwoSilosTests(ProductCluster cluster, ITestOutputHelper output) : IClassFixture<ProductCluster>
{
    private static readonly TimeSpan FinalWithin = TimeSpan.FromMinutes(3);

    [Fact]
    public Task SiloKilledMidRun_CompletesWithTheCliResults_AndEveryContestPaidOnce() =>
        RunThroughAsync(seed: 11, from: 3001, to: 4400, "kill -9", victim => victim.KillAsync());

    [Fact]
    public Task SiloFrozenMidRun_CompletesWithTheCliResults_AndEveryContestPaidOnce() =>
        RunThroughAsync(seed: 12, from: 4401, to: 5600, "kill -STOP", victim => victim.FreezeAsync());

    [Fact]
    public async Task Cancel_WhileRunning_StopsWithinOneBatchAndKeepsWhatWasPaid()
    {
        var id = await cluster.SubmitAsync(new { preset = "balanced", from_contest = 1001, to_contest = 6882, batch_size = 10 });
        await cluster.WaitUntilAsync(id, s => s.GetProperty("progress").GetProperty("batches_done").GetInt32() >= 2, FinalWithin);

        using var cancelled = await cluster.Runner.PostAsync(new Uri($"/api/v1/simulations/{id}/cancel", UriKind.Relative), null);
        var atCancel = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var later = await cluster.GetAsync(id);

        Assert.True(cancelled.IsSuccessStatusCode, atCancel.ToString());
        Assert.Equal("cancelled", atCancel.GetProperty("state").GetString());
        Assert.Equal("cancelled", later.GetProperty("state").GetString());
        Assert.Equal(atCancel.GetProperty("progress").GetProperty("batches_done").GetInt32(), later.GetProperty("progress").GetProperty("batches_done").GetInt32());
        Assert.True(later.GetProperty("progress").GetProperty("contests_done").GetInt32() < 5882);
    }

    [Fact]
    public async Task BankrollTooSmall_EndsBankruptAtTheRefusedBet_AndTheLedgerNeverGoesBelowZero()
    {
        using var created = await cluster.Runner.PostAsJsonAsync(new Uri("/api/v1/ledgers", UriKind.Relative), new { name = "R$ 100", budget_cents = 10_000 });
        var ledgerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var id = await cluster.SubmitAsync(new { recipe = new { strategy = "random", seed = 5 }, from_contest = 6001, to_contest = 6882, tickets = 10, ledger_id = ledgerId, batch_size = 7 });

        var final = await cluster.WaitForFinalAsync(id, FinalWithin);
        var ledger = await cluster.Runner.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/ledgers/{ledgerId}", UriKind.Relative));

        Assert.Equal("bankrupt", final.GetProperty("state").GetString());
        var stoppedAt = final.GetProperty("stopped_at_contest").GetInt32();
        Assert.Equal(stoppedAt - 6001, final.GetProperty("summary").GetProperty("contests").GetInt32());
        Assert.True(ledger.GetProperty("balance_cents").GetInt64() >= 0);
        Assert.Equal(final.GetProperty("summary").GetProperty("cost_cents").GetInt64(), ledger.GetProperty("bet_cents").GetInt64());
        var results = await ResultsAsync(id);
        Assert.Equal(stoppedAt - 1, results[^1].GetProperty("contest").GetInt32());
    }

    [Fact]
    public async Task Import_SameWorkbookAgain_ReportsEveryContestUnchanged()
    {
        using var import = new MultipartFormDataContent();
        import.Add(new ByteArrayContent(await File.ReadAllBytesAsync(QuinaData.Workbook)), "file", "Quina.xlsx");

        using var response = await cluster.Admin.PostAsync(new Uri("/api/v1/results/import", UriKind.Relative), import);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.IsSuccessStatusCode, report.ToString());
        Assert.False(report.GetProperty("created_version").GetBoolean());
        Assert.Equal(1, report.GetProperty("version").GetInt64());
        Assert.Equal(0, report.GetProperty("inserted").GetInt32() + report.GetProperty("updated").GetInt32());
        Assert.Equal(6882, report.GetProperty("unchanged").GetInt32());
    }

    /// <summary>
    /// Runs a frequency simulation in batches of 20 and, after three batches, does <paramref name="failure"/> to a
    /// silo; then the run must complete with the CLI's document, pay every contest once, and retry any batch at most
    /// once. A silo replaces the lost one.
    /// </summary>
    private async Task RunThroughAsync(int seed, int from, int to, string label, Func<ProductProcess, Task> failure)
    {
        var id = await cluster.SubmitAsync(new { recipe = new { strategy = "frequency", seed }, from_contest = from, to_contest = to, tickets = 8, window = 150, batch_size = 20 });
        await cluster.WaitUntilAsync(id, s => s.GetProperty("progress").GetProperty("batches_done").GetInt32() >= 3, FinalWithin);
        var victim = cluster.Silos[^1];

        await failure(victim);
        var clock = Stopwatch.StartNew();
        var final = await cluster.WaitForFinalAsync(id, FinalWithin);
        // Each silo logs a failed batch attempt as "Simulation <id>: batch <n> attempt <k> failed"; none may need a second retry.
        var failedAttempts = cluster.Silos.SelectMany(s => s.Log).Where(l => l.Contains($"Simulation {id}: batch ", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{label} of {victim.Name}: completed {clock.Elapsed.TotalSeconds:F1} s later; failed batch attempts: {failedAttempts.Count}");
        await victim.KillAsync();
        await cluster.StartSiloAsync();

        Assert.True(final.GetProperty("state").GetString() == "completed", final.ToString());
        Assert.DoesNotContain(failedAttempts, l => !l.Contains(" attempt 1 failed", StringComparison.Ordinal));
        var cli = await LuckyFiveCli.RunAsync("backtest", "--strategy", "frequency", "--seed", $"{seed}", "--from", $"{from}", "--to", $"{to}",
            "--tickets", "8", "--window", "150", "--draws", QuinaData.Workbook, "--json");
        Assert.Equal(cli, await cluster.Runner.GetByteArrayAsync(new Uri($"/api/v1/simulations/{id}/export?format=json", UriKind.Relative)));
        await AssertEveryContestPaidOnceAsync(id, final);
    }

    /// <summary>The ledger holds one bet per contest and one prize entry per contest that won anything: nothing twice.</summary>
    private async Task AssertEveryContestPaidOnceAsync(string id, JsonElement final)
    {
        var results = await ResultsAsync(id);
        var ledger = await cluster.Runner.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/ledgers/{final.GetProperty("ledger_id").GetString()}", UriKind.Relative));
        var prizeContests = results.Count(r => r.GetProperty("prize_cents").GetInt64() > 0 || r.GetProperty("prize_counts").EnumerateArray().Any(c => c.GetInt64() != 0));

        Assert.Equal(final.GetProperty("progress").GetProperty("contests_total").GetInt32(), results.Count);
        Assert.Equal(results.Count + prizeContests, ledger.GetProperty("entries").GetInt32());
        Assert.Equal(results.Sum(r => r.GetProperty("cost_cents").GetInt64()), ledger.GetProperty("bet_cents").GetInt64());
        Assert.Equal(results.Sum(r => r.GetProperty("prize_cents").GetInt64()), ledger.GetProperty("prize_cents").GetInt64());
    }

    private async Task<List<JsonElement>> ResultsAsync(string id)
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await cluster.Runner.GetFromJsonAsync<JsonElement>(new Uri(
                $"/api/v1/simulations/{id}/results?limit=500{(cursor is null ? "" : $"&cursor={cursor}")}", UriKind.Relative));
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.Clone()));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        return all;
    }
}
