using System.Text.Json;

namespace LuckyFive.Cli.Tests;

public sealed class BacktestCommandTests
{
    [Fact]
    public async Task Backtest_JsonOnTheWorkbook_WritesTheDocumentedShape()
    {
        var run = await CliProcess.RunAsync(
            "backtest", "--draws", CliProcess.Workbook, "--from", "6800", "--to", "6809", "--strategy", "hybrid",
            "--tickets", "4", "--numbers", "6", "--seed", "7", "--window", "300", "--param", "alpha=0.5", "--json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        var summary = root.GetProperty("summary");
        var contests = root.GetProperty("contests").EnumerateArray().ToArray();
        Assert.Equal(10, contests.Length);
        Assert.Equal(10, summary.GetProperty("contests").GetInt32());
        Assert.Equal(0.5, root.GetProperty("run").GetProperty("parameters").GetProperty("alpha").GetDouble());
        long cost = 0;
        foreach (var contest in contests)
        {
            var drawn = contest.GetProperty("drawn").EnumerateArray().Select(n => n.GetInt32()).ToHashSet();
            var tickets = contest.GetProperty("tickets").EnumerateArray().Select(t => t.EnumerateArray().Select(n => n.GetInt32()).ToArray()).ToArray();
            var hits = contest.GetProperty("hits").EnumerateArray().Select(h => h.GetInt32()).ToArray();
            Assert.Equal(4, tickets.Length);
            Assert.All(tickets, t => Assert.Equal(6, t.Distinct().Count()));
            Assert.Equal(tickets.Select(t => t.Count(drawn.Contains)), hits);
            Assert.Equal(4 * 6 * 300, contest.GetProperty("cost_cents").GetInt64());
            Assert.Equal(["5", "4", "3", "2"], contest.GetProperty("prizes").EnumerateObject().Select(p => p.Name));
            cost += contest.GetProperty("cost_cents").GetInt64();
        }

        Assert.Equal(cost, summary.GetProperty("cost_cents").GetInt64());
        Assert.True(summary.GetProperty("prizes_known").GetBoolean());
        Assert.Equal(summary.GetProperty("prize_cents").GetInt64() - cost, summary.GetProperty("net_cents").GetInt64());
        Assert.Equal(0, summary.GetProperty("jackpot_unknown_contests").GetInt32());
        Assert.All(contests, c => Assert.False(c.GetProperty("jackpot_unknown").GetBoolean()));
        Assert.All(contests, c => Assert.True(c.GetProperty("prizes_known").GetBoolean()));
        Assert.Equal(6, summary.GetProperty("hit_histogram").GetArrayLength());
        var verdict = summary.GetProperty("chance").GetProperty("beats_chance_at_5_percent").ValueKind;
        Assert.True(verdict is JsonValueKind.True or JsonValueKind.False);
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("chance").GetProperty("one_sided_p_value").ValueKind);
    }

    [Fact]
    public async Task Backtest_SameArgumentsWithDifferentBatchSizes_PrintsIdenticalBytes()
    {
        string[] common = ["backtest", "--draws", CliProcess.Workbook, "--from", "6700", "--to", "6760", "--tickets", "3", "--json"];

        var first = await CliProcess.RunAsync([.. common, "--batch-size", "1"]);
        var second = await CliProcess.RunAsync([.. common, "--batch-size", "50", "--parallelism", "1"]);

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.Equal((0, ""), (second.ExitCode, second.Error));
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Backtest_WithoutDraws_RunsOnTheDemoHistoryAndSaysSo()
    {
        var run = await CliProcess.RunAsync("backtest", "--tickets", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CliProcess.DemoNotice, run.Error);
        Assert.StartsWith("hybrid · contests 901..1000 · 2 tickets × 5 numbers · window 500 · seed 42", run.Text, StringComparison.Ordinal);
        Assert.StartsWith("Mean hits per ticket ", run.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_PresetAndRecipeFile_StartFromTheirValues()
    {
        var recipe = Path.Combine(Path.GetTempPath(), $"luckyfive-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(recipe, """{"version":1,"name":"mine","strategy":"recency","seed":5,"parameters":{"lambda":0.2,"sim_preds":3}}""");
        try
        {
            var fromRecipe = await CliProcess.RunAsync("backtest", "--recipe", recipe, "--from", "990", "--to", "995", "--json");
            var fromPreset = await CliProcess.RunAsync("backtest", "--preset", "aggressive", "--from", "990", "--to", "991", "--json");

            Assert.Equal((0, CliProcess.DemoNotice), (fromRecipe.ExitCode, fromRecipe.Error));
            Assert.Equal((0, CliProcess.DemoNotice), (fromPreset.ExitCode, fromPreset.Error));
            using var recipeRun = JsonDocument.Parse(fromRecipe.Output);
            using var presetRun = JsonDocument.Parse(fromPreset.Output);
            Assert.Equal("recency", recipeRun.RootElement.GetProperty("run").GetProperty("strategy").GetString());
            Assert.Equal(3, recipeRun.RootElement.GetProperty("run").GetProperty("tickets").GetInt32());
            Assert.Equal(30, presetRun.RootElement.GetProperty("run").GetProperty("tickets").GetInt32());
            Assert.Equal(300, presetRun.RootElement.GetProperty("run").GetProperty("window").GetInt32());
        }
        finally
        {
            File.Delete(recipe);
        }
    }

    [Fact]
    public async Task Backtest_LargeTicketsBeforeTheCurrentRules_ExplainsTheRule()
    {
        var run = await CliProcess.RunAsync("backtest", "--draws", CliProcess.Workbook, "--from", "4000", "--to", "4100", "--numbers", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(
            "error: --numbers: 10-number tickets were sold only from 2016-05-16; contest 4000 (2016-02-02) allowed 5 to 7 numbers" + Environment.NewLine,
            run.Error);
    }

    [Theory]
    [InlineData("RANDOM")]
    [InlineData("Random")]
    [InlineData(" random ")]
    public async Task Backtest_StrategyInAnyCase_IsTheCatalogStrategy(string given)
    {
        var run = await CliProcess.RunAsync("backtest", "--strategy", given, "--from", "990", "--to", "991", "--json");

        Assert.Equal((0, CliProcess.DemoNotice), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("random", document.RootElement.GetProperty("run").GetProperty("strategy").GetString());
    }

    [Fact]
    public async Task Backtest_DrawsWithoutPrizeColumns_WarnsOnStderrAndLeavesPrizeFiguresNull()
    {
        var json = await CliProcess.RunAsync("backtest", "--draws", CliProcess.ShortCsv, "--from", "6800", "--to", "6809", "--tickets", "3", "--json");
        var report = await CliProcess.RunAsync("backtest", "--draws", CliProcess.ShortCsv, "--from", "6800", "--to", "6809", "--tickets", "3");

        const string Warning = "warning: --draws: prizes are unknown for 10 of 10 contests (the file has no prize columns); prizes, net and ROI are not computed";
        Assert.Equal((0, Warning + Environment.NewLine), (json.ExitCode, json.Error));
        using var document = JsonDocument.Parse(json.Output);
        var summary = document.RootElement.GetProperty("summary");
        Assert.False(summary.GetProperty("prizes_known").GetBoolean());
        foreach (var name in new[] { "prize_cents", "net_cents", "roi", "break_even_contest", "max_drawdown_cents", "longest_losing_streak" })
        {
            Assert.Equal(JsonValueKind.Null, summary.GetProperty(name).ValueKind);
        }

        Assert.Equal(10 * 3 * 300, summary.GetProperty("cost_cents").GetInt64());
        Assert.All(document.RootElement.GetProperty("contests").EnumerateArray(), c =>
        {
            Assert.False(c.GetProperty("prizes_known").GetBoolean());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("prize_cents").ValueKind);
        });

        Assert.Equal((0, Warning + Environment.NewLine), (report.ExitCode, report.Error));
        Assert.Contains(report.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Prizes +unknown$"));
        Assert.Contains(report.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^ROI +unknown$"));
        Assert.Contains(report.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^Cost +R\\$ 90,00$"));
    }

    [Fact]
    public async Task Backtest_RangeWithAContestWithoutJackpot_FlagsThatContestAndCountsItInTheSummary()
    {
        var run = await CliProcess.RunAsync("backtest", "--draws", CliProcess.Workbook, "--from", "2300", "--to", "2310", "--tickets", "2", "--json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        var flagged = document.RootElement.GetProperty("contests").EnumerateArray()
            .Where(c => c.GetProperty("jackpot_unknown").GetBoolean()).Select(c => c.GetProperty("contest").GetInt32());
        Assert.Equal([2306], flagged);
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("jackpot_unknown_contests").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("unpaid_quina_prizes").GetInt64());
    }
}
