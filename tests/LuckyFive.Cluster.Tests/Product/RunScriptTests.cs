using System.Diagnostics;
using LuckyFive.TestSupport;
using Xunit.Abstractions;

namespace LuckyFive.Cluster.Tests.Product;

/// <summary>
/// The README's run command, <c>./run.sh</c>, as a person uses it: start a cluster in the background (here with the
/// demo history, on free ports, in a folder of its own), read its status, scale it up and down, start it again, stop
/// it; back its database up, lose it and restore it.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class RunScriptTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryFolder _state = new();
    private readonly string[] _ports =
    [
        // The silos' ports are blocks: silo i uses the base + i, and the test scales to 2 silos.
        "--api-port", $"{FreePort.Block(1)}", "--pg-port", $"{FreePort.Block(1)}", "--silo-port", $"{FreePort.Block(2)}",
        "--gateway-port", $"{FreePort.Block(2)}", "--http-port", $"{FreePort.Block(2)}",
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

        public void Dispose()
    {
        RunAsync("stop").GetAwaiter().GetResult();
        _state.Dispose();
    }

    /// <summary>Every simulation as listed, with its exported results and its ledger, as the API answers them.</summary>
    private async Task<string> SnapshotAsync()
    {
        var apiPort = _ports[Array.IndexOf(_ports, "--api-port") + 1];
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}") };
        client.DefaultRequestHeaders.Add("X-Api-Key", (await File.ReadAllTextAsync(Path.Combine(_state.Path, "admin-key"))).Trim());
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
