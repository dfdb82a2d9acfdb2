using System.Text.Json;
using LuckyFive.Api.Tests.Security;
using LuckyFive.Api.Tests.Simulations;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Cli;

/// <summary>
/// The <c>luckyfive</c> commands that work through the API, run as a process against a real API and silo: what
/// they print, their exit codes (docs/cli.md) and that a simulation run this way is the local backtest, byte for byte.
/// </summary>
public sealed class CliAgainstApiTests(SimulationsApiFixture fixture) : IClassFixture<SimulationsApiFixture>
{
    private string Api => fixture.Api.Http.BaseAddress!.ToString();

    [Fact]
    public async Task Simulate_FollowsToTheVerdict_AndItsExportIsTheLocalBacktest()
    {
        var export = Path.Combine(Path.GetTempPath(), $"luckyfive-{Guid.NewGuid():N}.json");
        string[] recipe = ["--strategy", "frequency", "--seed", "7", "--from", "5001", "--to", "5200", "--tickets", "5", "--window", "100"];
        try
        {
            var json = await RunAsync(["simulate", "--api", Api, "--key", fixture.RunnerKey, .. recipe, "--export", export, "--json"]);
            var report = await RunAsync(["simulate", "--api", Api, "--key", fixture.RunnerKey, .. recipe, "--culture", "en-US"]);
            var local = await LuckyFiveCli.RunAsync(["backtest", .. recipe, "--draws", QuinaData.Workbook, "--json"]);

            Assert.Equal((0, ""), (json.ExitCode, json.Error));
            var simulation = JsonDocument.Parse(json.Output).RootElement;
            Assert.Equal("completed", simulation.GetProperty("state").GetString());
            Assert.Equal(200, simulation.GetProperty("summary").GetProperty("contests").GetInt32());
            Assert.Equal(local, await File.ReadAllBytesAsync(export));
            Assert.Equal((0, ""), (report.ExitCode, report.Error));
            Assert.Matches(@"^Simulation [0-9a-f]{32}: completed\n", report.Text);
            Assert.Contains("Verdict: ", report.Text, StringComparison.Ordinal);
            Assert.Matches(@"\nCost +R\$ \d{1,3}(,\d{3})*\.\d\d\n", report.Text);
            Assert.DoesNotContain('\u001b', report.Text);
        }
        finally
        {
            File.Delete(export);
        }
    }

    [Fact]
    public async Task Simulate_BadInput_IsExit2WithTheOptionAndNothingOnStdout()
    {
        var local = await RunAsync(["simulate", "--api", Api, "--key", fixture.RunnerKey, "--strategy", "frequency", "--tickets", "0", "--from", "6001", "--to", "6010"]);
        var remote = await RunAsync(["simulate", "--api", Api, "--key", fixture.RunnerKey, "--strategy", "frequency", "--from", "6001", "--to", "99999"]);
        var missing = await RunAsync(["simulate", "--api", Api, "--key", fixture.RunnerKey, "--strategy", "frequency", "--from", "6001"]);

        Assert.Equal((2, ""), (local.ExitCode, local.Text));
        Assert.StartsWith("error: --tickets: ", local.Error, StringComparison.Ordinal);
        Assert.Equal((2, ""), (remote.ExitCode, remote.Text));
        Assert.StartsWith("error: --to: ", remote.Error, StringComparison.Ordinal);
        Assert.Equal("error: --to: required; the last contest to replay\n", missing.Error);
    }

    [Fact]
    public async Task Keys_NeedAnAdmin_CreateListRevoke()
    {
        var byReader = await RunAsync(["keys", "list", "--api", Api, "--key", fixture.ReaderKey]);
        var created = await RunAsync(["keys", "create", "--name", "cli test", "--role", "reader", "--json", "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);
        var id = JsonDocument.Parse(created.Output).RootElement.GetProperty("id").GetString();
        var listed = await RunAsync(["keys", "list", "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);
        var revoked = await RunAsync(["keys", "revoke", id!, "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);
        var badRole = await RunAsync(["keys", "create", "--name", "x", "--role", "owner", "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);

        Assert.Equal((4, ""), (byReader.ExitCode, byReader.Text));
        Assert.StartsWith("error: --key: the key's role may not GET ", byReader.Error, StringComparison.Ordinal);
        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("lf_", JsonDocument.Parse(created.Output).RootElement.GetProperty("key").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(listed.Text.Split('\n'), line => line.StartsWith(id!, StringComparison.Ordinal) && line.Contains("cli test", StringComparison.Ordinal));
        Assert.Equal((0, $"revoked {id}\n"), (revoked.ExitCode, revoked.Text));
        Assert.Equal(2, badRole.ExitCode);
        Assert.StartsWith("error: --role: ", badRole.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_FromTheEnvironment_Unreachable3_NoKey2_WrongKey4()
    {
        var fromEnvironment = await LuckyFiveCli.RunProcessAsync(
            new Dictionary<string, string?> { ["LUCKYFIVE_API"] = Api, ["LUCKYFIVE_KEY"] = ApiKeys.BootstrapAdminKey }, "cluster", "status");
        var clusterJson = await RunAsync(["cluster", "status", "--json", "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);
        var unreachable = await RunAsync(["cluster", "status", "--api", $"http://127.0.0.1:{FreePort.Next()}", "--key", "lf_x"]);
        var noKey = await RunAsync(["cluster", "status", "--api", Api]);
        var wrongKey = await RunAsync(["cluster", "status", "--api", Api, "--key", "lf_not-a-key"]);
        var badAddress = await RunAsync(["cluster", "status", "--api", "ftp://x", "--key", "k"]);

        Assert.Equal((0, ""), (fromEnvironment.ExitCode, fromEnvironment.Error));
        Assert.StartsWith("1 active silo(s)\n", fromEnvironment.Text, StringComparison.Ordinal);
        Assert.Contains("grain type", fromEnvironment.Text, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(clusterJson.Output).RootElement.GetProperty("active_silos").GetInt32());
        Assert.Equal((3, ""), (unreachable.ExitCode, unreachable.Text));
        Assert.StartsWith("error: --api: cannot reach ", unreachable.Error, StringComparison.Ordinal);
        Assert.Equal((2, "error: --key: required; give an API key or set LUCKYFIVE_KEY (./run.sh prints the admin key)\n"), (noKey.ExitCode, noKey.Error));
        Assert.Equal(4, wrongKey.ExitCode);
        Assert.StartsWith("error: --key: the API did not accept the key (401)", wrongKey.Error, StringComparison.Ordinal);
        Assert.Equal(2, badAddress.ExitCode);
    }

    [Fact]
    public async Task Import_ReportsWhatChanged_AndRejectedRowsExit1()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"luckyfive-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(bad, "contest,date,n1,n2,n3,n4,n5\n1,1994-03-13,25,25,60,76,79\n");
        try
        {
            var same = await RunAsync(["import", QuinaData.Workbook, "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);
            var rejected = await RunAsync(["import", bad, "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);
            var byRunner = await RunAsync(["import", bad, "--api", Api, "--key", fixture.RunnerKey]);
            var absent = await RunAsync(["import", "no-such-file.xlsx", "--api", Api, "--key", ApiKeys.BootstrapAdminKey]);

            Assert.Equal((0, ""), (same.ExitCode, same.Error));
            Assert.Contains("0 inserted, 0 updated, 6882 unchanged, 0 rejected", same.Text, StringComparison.Ordinal);
            Assert.Equal(1, rejected.ExitCode);
            Assert.Contains("1 rejected", rejected.Text, StringComparison.Ordinal);
            Assert.Contains("  row 2, n2: ", rejected.Text, StringComparison.Ordinal);
            Assert.Equal(4, byRunner.ExitCode);
            Assert.Equal((2, "error: file: no file at 'no-such-file.xlsx'\n"), (absent.ExitCode, absent.Error));
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public async Task Sweep_ShowsTheBestChildWithItsVerdict()
    {
        var spec = Path.Combine(Path.GetTempPath(), $"luckyfive-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(spec, JsonSerializer.Serialize(Sweeps.SweepRuns.PowerGrid(seed: 5)));
        try
        {
            var json = await RunAsync(["sweep", "--spec", spec, "--from", "6001", "--to", "6060", "--json", "--api", Api, "--key", fixture.RunnerKey]);
            var report = await RunAsync(["sweep", "--spec", spec, "--from", "6001", "--to", "6060", "--metric", "roi", "--api", Api, "--key", fixture.RunnerKey]);
            var neither = await RunAsync(["sweep", "--from", "6001", "--to", "6060", "--api", Api, "--key", fixture.RunnerKey]);

            Assert.Equal((0, ""), (json.ExitCode, json.Error));
            var document = JsonDocument.Parse(json.Output).RootElement;
            Assert.Equal(6, document.GetProperty("sweep").GetProperty("progress").GetProperty("completed").GetInt32());
            Assert.Equal("z", document.GetProperty("best").GetProperty("metric").GetString());
            Assert.Equal((0, ""), (report.ExitCode, report.Error));
            Assert.Contains("6 children: 6 completed, 0 failed, 0 cancelled", report.Text, StringComparison.Ordinal);
            Assert.Contains("Best on roi (full range): child ", report.Text, StringComparison.Ordinal);
            Assert.Equal((2, "error: --spec: give either --spec FILE or --config ID\n"), (neither.ExitCode, neither.Error));
        }
        finally
        {
            File.Delete(spec);
        }
    }

    [Fact]
    public async Task Compare_TwoSimulations_AndTheLeaderboardRanksThem()
    {
        string[] connection = ["--api", Api, "--key", fixture.RunnerKey];
        var first = await RunAsync(["simulate", "--strategy", "recency", "--seed", "1", "--from", "6001", "--to", "6050", "--json", .. connection]);
        var second = await RunAsync(["simulate", "--strategy", "recency", "--seed", "2", "--from", "6001", "--to", "6050", "--json", .. connection]);
        string[] ids = [.. new[] { first, second }.Select(r => JsonDocument.Parse(r.Output).RootElement.GetProperty("id").GetString()!)];

        var compared = await RunAsync(["compare", .. ids, "--metrics", "z,max_drawdown_cents", .. connection]);
        var comparedJson = await RunAsync(["compare", .. ids, "--metrics", "z", "--json", .. connection]);
        var board = await RunAsync(["leaderboard", "z", "--strategy", "recency", "--limit", "500", "--json", .. connection]);
        var boardText = await RunAsync(["leaderboard", "z", "--strategy", "recency", .. connection]);
        var alone = await RunAsync(["compare", ids[0], .. connection]);
        var unknownMetric = await RunAsync(["leaderboard", "luck", .. connection]);

        Assert.Equal((0, ""), (compared.ExitCode, compared.Error));
        Assert.Matches(@"^Comparison [0-9a-f]{32}: 2 simulations\n", compared.Text);
        Assert.Contains("z (higher is better)", compared.Text, StringComparison.Ordinal);
        Assert.Contains("Not tested: ", compared.Text, StringComparison.Ordinal);
        Assert.Contains(JsonDocument.Parse(comparedJson.Output).RootElement.GetProperty("winner_by_metric").GetProperty("z").GetString(), ids);
        var listed = JsonDocument.Parse(board.Output).RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(e => e.GetProperty("simulation_ids").EnumerateArray().Select(i => i.GetString())).ToArray();
        Assert.Contains(ids[0], listed);
        Assert.Contains(ids[1], listed);
        Assert.StartsWith("z by simulation, higher is better: ", boardText.Text, StringComparison.Ordinal);
        Assert.Equal((2, ""), (alone.ExitCode, alone.Text));
        Assert.StartsWith("error: simulation: compare 2 to 50 simulations, got 1", alone.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownMetric.ExitCode);
        Assert.StartsWith("error: ", unknownMetric.Error, StringComparison.Ordinal);
        Assert.Contains("unknown metric 'luck'; one of roi", unknownMetric.Error, StringComparison.Ordinal);
    }

    private static Task<CliOutcome> RunAsync(string[] arguments) => LuckyFiveCli.RunProcessAsync(null, arguments);
}
