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

        Assert.True(run.ExitCode == 0, run.Error);
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

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Backtest_WithoutDraws_RunsOnTheDemoHistoryAndSaysSo()
    {
        var run = await CliProcess.RunAsync("backtest", "--tickets", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("synthetic demo history", run.Error, StringComparison.Ordinal);
        Assert.Contains("beats chance at 5%", run.Text, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("--numbers", "20", "--numbers", "5..15")]
    [InlineData("--tickets", "0", "--tickets", "1..100")]
    [InlineData("--param", "alpha=3", "--param alpha", "0..1")]
    [InlineData("--param", "nonsense=1", "nonsense", "")]
    [InlineData("--param", "alpha", "--param", "name=number")]
    [InlineData("--preset", "wild", "--preset", "conservative")]
    [InlineData("--strategy", "astrology", "strategy", "hybrid")]
    [InlineData("--draws", "/nonexistent/draws.xlsx", "--draws", "no file")]
    [InlineData("--batch-size", "0", "--batch-size", "at least 1")]
    public async Task Backtest_BadInput_ExitsWithTwoAndNamesTheOption(string option, string value, string named, string reason)
    {
        var run = await CliProcess.RunAsync("backtest", "--from", "990", "--to", "991", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Backtest_LargeTicketsBeforeTheCurrentRules_ExplainsTheRule()
    {
        var run = await CliProcess.RunAsync("backtest", "--draws", CliProcess.Workbook, "--from", "4000", "--to", "4100", "--numbers", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--numbers", run.Error, StringComparison.Ordinal);
        Assert.Contains("2016-05-16", run.Error, StringComparison.Ordinal);
    }
}
