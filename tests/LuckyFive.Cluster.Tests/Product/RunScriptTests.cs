using System.Diagnostics;
using LuckyFive.TestSupport;
using Xunit.Abstractions;

namespace LuckyFive.Cluster.Tests.Product;

/// <summary>
/// The README's run command, <c>./run.sh</c>, as a person uses it: start a cluster in the background (here with the
/// demo history, on free ports, in a folder of its own), read its status, scale it up and down, replace a silo that
/// was killed, start it again, stop it; back its database up, lose it and restore it.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class RunScriptTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryFolder _state = new();
    private readonly string[] _ports =
    [
        // The silos' ports are blocks: silo i uses the base + i, and the tests scale to 3 silos.
        "--api-port", $"{FreePort.Block(1)}", "--pg-port", $"{FreePort.Block(1)}", "--silo-port", $"{FreePort.Block(3)}",
        "--gateway-port", $"{FreePort.Block(3)}", "--http-port", $"{FreePort.Block(3)}",
    ];

    [Fact]
    public async Task Start_Status_Scale_StartAgain_Stop()
    {
        var started = await RunAsync(["start", "--silos", "1", "--draws", "demo", .. Build(), .. _ports]);
        var status = await RunAsync("status");
        var scaledUp = await RunAsync("scale", "2");
        var twoSilos = await RunAsync("status");
        var again = await RunAsync(["start", .. Build()]);
        var scaledDown = await RunAsync("scale", "1");
        var stopped = await RunAsync("stop");
        var afterStop = await RunAsync("status");

        Assert.Equal(0, started.Code);
        Assert.Contains("importing a synthetic demo history", started.Output, StringComparison.Ordinal);
        Assert.Contains("draws version 1: 1000 inserted", started.Output, StringComparison.Ordinal);
        Assert.Contains("  completed: cost R$ ", started.Output, StringComparison.Ordinal);
        Assert.Contains("  verdict: ", started.Output, StringComparison.Ordinal);
        Assert.Matches(@"admin API key +lf_[A-Za-z0-9_-]{43}", started.Output);
        Assert.Matches(@"LuckyFive pages +http://127\.0\.0\.1:\d+/ui ", started.Output);
        Assert.Matches(@"silo-0 +\d+ +ready", status.Output);
        Assert.Matches(@"api +\d+ +ready", status.Output);
        Assert.Matches(@"postgres +\d+ +running", status.Output);
        Assert.Contains("2 silo(s) running", scaledUp.Output, StringComparison.Ordinal);
        Assert.Matches(@"silo-1 +\d+ +ready", twoSilos.Output);
        Assert.Equal(0, again.Code);
        Assert.Contains("already running", again.Output, StringComparison.Ordinal);
        Assert.Contains("1 silo(s) running", scaledDown.Output, StringComparison.Ordinal);
        Assert.Equal(0, stopped.Code);
        Assert.Matches(@"api +stopped", afterStop.Output);
        Assert.Matches(@"postgres +stopped", afterStop.Output);
        Assert.DoesNotContain("silo-", afterStop.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_AfterTheFirstSiloIsKilled_StartsItAgainUnderItsNumber()
    {
        Assert.Equal(0, (await RunAsync(["start", "--silos", "2", "--draws", "demo", .. Build(), .. _ports])).Code);
        var pid = int.Parse(await File.ReadAllTextAsync(Path.Combine(_state.Path, "pids", "silo-0")), System.Globalization.CultureInfo.InvariantCulture);
        using (var silo = Process.GetProcessById(pid))
        {
            silo.Kill();
            await silo.WaitForExitAsync();
        }

        var killed = await RunAsync("status");
        var scaled = await RunAsync("scale", "2");
        var status = await RunAsync("status");

        Assert.Matches(@"silo-0 +\d+ +dead", killed.Output);
        Assert.Equal(0, scaled.Code);
        Assert.Contains("2 silo(s) running", scaled.Output, StringComparison.Ordinal);
        Assert.Matches(@"silo-0 +\d+ +ready", status.Output);
        Assert.Matches(@"silo-1 +\d+ +ready", status.Output);
    }

    [Fact]
    public async Task Backup_DatabaseDestroyed_RestoreBringsBackEverySimulationItsResultsAndItsLedger()
    {
        var backupFile = Path.Combine(_state.Path, "luckyfive.dump");
        Assert.Equal(0, (await RunAsync(["start", "--silos", "1", "--draws", "demo", .. Build(), .. _ports])).Code);
        var before = await SnapshotAsync();
        var backup = await RunAsync("backup", backupFile);
        await RunAsync("stop");
        Directory.Delete(Path.Combine(_state.Path, "pgdata"), recursive: true);
        Assert.Equal(0, (await RunAsync(["start", "--silos", "1", "--draws", "demo", .. Build()])).Code);
        var fresh = await SnapshotAsync();

        var restore = await RunAsync("restore", backupFile);
        var after = await SnapshotAsync();

        Assert.Equal(0, backup.Code);
        Assert.Equal(0, restore.Code);
        Assert.NotEqual(before, fresh);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Scale_To3_AndBackTo1_WhileASweepRuns_NoChildFails()
    {
        Assert.Equal(0, (await RunAsync(["start", "--silos", "2", "--draws", "demo", .. Build(), .. _ports])).Code);
        using var client = await AdminClientAsync();
        const string body = """
            {"spec": {"version": 1, "name": "scaling",
                      "base_recipe": {"version": 1, "name": "base", "strategy": "hybrid", "seed": 3, "parameters": {"sim_preds": 20}},
                      "parameters": [{"name": "alpha", "type": "discrete", "values": [0.2, 0.4, 0.6, 0.8]}], "replicates": 20},
             "from_contest": 501, "to_contest": 1000, "concurrency": 4, "batch_size": 25}
            """;
        using var submitted = await client.PostAsync(new Uri("/api/v1/sweeps", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var sweep = submitted.Headers.Location!;
        var whileScaling = new List<string>();
        await WaitForAsync(client, sweep, s => s == "running");

        var up = await RunAsync("scale", "3");
        whileScaling.Add(await StateAsync(client, sweep));
        var down = await RunAsync("scale", "1");
        whileScaling.Add(await StateAsync(client, sweep));
        var final = await WaitForAsync(client, sweep, s => s is "completed" or "cancelled");

        Assert.Equal(0, up.Code);
        Assert.Contains("3 silo(s) running", up.Output, StringComparison.Ordinal);
        Assert.Equal(0, down.Code);
        Assert.Contains("1 silo(s) running", down.Output, StringComparison.Ordinal);
        Assert.Equal(["running", "running"], whileScaling);
        var progress = final.GetProperty("progress");
        Assert.Equal("completed", final.GetProperty("state").GetString());
        Assert.Equal((80, 0, 0), (progress.GetProperty("completed").GetInt32(), progress.GetProperty("failed").GetInt32(), progress.GetProperty("cancelled").GetInt32()));
    }

    public void Dispose()
    {
        RunAsync("stop").GetAwaiter().GetResult();
        _state.Dispose();
    }

    /// <summary>Every simulation as listed, with its exported results and its ledger, as the API answers them.</summary>
    private async Task<string> SnapshotAsync()
    {
        using var client = await AdminClientAsync();
        var snapshot = new System.Text.StringBuilder();
        using var list = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/simulations", UriKind.Relative)));
        foreach (var simulation in list.RootElement.GetProperty("items").EnumerateArray())
        {
            var id = simulation.GetProperty("id").GetString();
            snapshot.AppendLine(simulation.GetRawText())
                .AppendLine(await client.GetStringAsync(new Uri($"/api/v1/simulations/{id}/export?format=json", UriKind.Relative)))
                .AppendLine(await client.GetStringAsync(new Uri($"/api/v1/ledgers/{simulation.GetProperty("ledger_id").GetString()}", UriKind.Relative)))
                .AppendLine(await client.GetStringAsync(new Uri($"/api/v1/ledgers/{simulation.GetProperty("ledger_id").GetString()}/entries?limit=500", UriKind.Relative)));
        }

        return snapshot.ToString();
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var apiPort = _ports[Array.IndexOf(_ports, "--api-port") + 1];
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}") };
        client.DefaultRequestHeaders.Add("X-Api-Key", (await File.ReadAllTextAsync(Path.Combine(_state.Path, "admin-key"))).Trim());
        return client;
    }

    private static async Task<string> StateAsync(HttpClient client, Uri sweep) =>
        System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(sweep)).RootElement.GetProperty("state").GetString()!;

    private static async Task<System.Text.Json.JsonElement> WaitForAsync(HttpClient client, Uri sweep, Func<string, bool> reached)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var status = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(sweep)).RootElement;
            if (reached(status.GetProperty("state").GetString()!))
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"sweep {sweep} is still {status.GetProperty("state")}");
            await Task.Delay(250);
        }
    }

    // The tests run on the Release build (test.sh); a run.sh on an unbuilt tree builds first.
    private static string[] Build() =>
        File.Exists(RepositoryFiles.Path("api", "LuckyFive.Api", "bin", "Release", "net10.0", "luckyfive-api.dll")) ? ["--no-build"] : [];

    private Task<(int Code, string Output)> RunAsync(params string[] arguments) => RunAsync((IEnumerable<string>)arguments);

    private async Task<(int Code, string Output)> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryFiles.Path("run.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--state");
        start.ArgumentList.Add(_state.Path);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(limit.Token);
        var text = await stdout + await stderr;
        output.WriteLine($"$ ./run.sh {string.Join(' ', arguments)} → {process.ExitCode}{Environment.NewLine}{text}");
        return (process.ExitCode, text);
    }
}
