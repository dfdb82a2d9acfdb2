using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.Api.Tests.Simulations;

namespace LuckyFive.Api.Tests.Sweeps;

/// <summary>
/// A sweep's verdicts through the API: p-values corrected for the children tried, the in-sample ranking beside the
/// held-out test, each recipe over its seeds, and the probability of backtest overfitting from stored results.
/// </summary>
public sealed class SweepVerdictsApiTests(SimulationsApiFixture fixture) : IClassFixture<SimulationsApiFixture>
{
    private static readonly object s_powerGrid = SweepRuns.PowerGrid(seed: 11);

    [Fact]
    public async Task Holdout_RanksInSample_AndJudgesTheBestOnTheHeldOutContests()
    {
        var location = await SweepRuns.SubmitAsync(fixture.Runner, new { spec = s_powerGrid, from_contest = 6001, to_contest = 6150, holdout = 0.2 });
        var sweep = await SweepRuns.WaitForFinalAsync(fixture.Reader, location);
        var inSampleTo = sweep.GetProperty("in_sample_to_contest").GetInt32();
        var children = await ChildrenAsync(location);
        var best = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/best?metric=roi");

        Assert.Equal(6120, inSampleTo);
        Assert.All(children, c =>
        {
            Assert.Equal("in_sample", c.GetProperty("chance").GetProperty("sample").GetString());
            Assert.Equal(120, c.GetProperty("chance").GetProperty("contests").GetInt32());
            Assert.Equal(6, c.GetProperty("chance").GetProperty("family").GetInt32());
            Assert.Equal(Metric(c, "in_sample_metrics", "p_value"), c.GetProperty("chance").GetProperty("p_value").GetDouble());
            // Money and prize counts add up across the split.
            Assert.Equal(Metric(c, "metrics", "net_cents"), Metric(c, "in_sample_metrics", "net_cents") + Metric(c, "holdout_metrics", "net_cents"));
            Assert.Equal(Metric(c, "metrics", "duque"), Metric(c, "in_sample_metrics", "duque") + Metric(c, "holdout_metrics", "duque"));
        });
        var inSampleRois = children.Select(c => Metric(c, "in_sample_metrics", "roi")).ToArray();
        var bestIndex = Array.IndexOf(inSampleRois, inSampleRois.Max());
        Assert.Equal("in_sample", best.GetProperty("ranked_on").GetString());
        Assert.Equal(inSampleRois.Max(), best.GetProperty("value").GetDouble());
        Assert.Equal(bestIndex, best.GetProperty("child").GetProperty("index").GetInt32());
        var holdout = best.GetProperty("holdout");
        Assert.Equal(6121, holdout.GetProperty("from_contest").GetInt32());
        Assert.Equal(30, holdout.GetProperty("contests").GetInt32());
        Assert.Equal(Metric(children[bestIndex], "holdout_metrics", "roi"), holdout.GetProperty("value").GetDouble());
        Assert.Equal(Metric(children[bestIndex], "holdout_metrics", "p_value"), holdout.GetProperty("p_value").GetDouble());
        Assert.Contains("30 held-out contests", best.GetProperty("verdict").GetString(), StringComparison.Ordinal);

        // The in-sample summary is exactly what a simulation of the in-sample contests alone gives.
        var child = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/simulations/{children[bestIndex].GetProperty("simulation_id").GetString()}");
        using var alone = await fixture.Runner.PostAsJsonAsync("/api/v1/simulations", new
        {
            recipe = new { strategy = "frequency", seed = children[bestIndex].GetProperty("seed").GetUInt64(), parameters = child.GetProperty("parameters") },
            from_contest = 6001,
            to_contest = inSampleTo,
        });
        var aloneFinal = await WaitForSummaryAsync(alone.Headers.Location!);
        Assert.Equal(6120, child.GetProperty("in_sample_to_contest").GetInt32());
        Assert.Equal(aloneFinal.GetProperty("summary").GetRawText(), child.GetProperty("in_sample_summary").GetRawText());
    }

    [Fact]
    public async Task FullRange_CorrectsEveryPValueForTheSweepsChildren_Replicates_AndOverfitting()
    {
        var location = await SweepRuns.SubmitAsync(fixture.Runner, new { spec = s_powerGrid, from_contest = 6001, to_contest = 6150 });
        await SweepRuns.WaitForFinalAsync(fixture.Reader, location);
        var children = await ChildrenAsync(location);
        var best = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/best?metric=p_value");

        // Holm: the smallest p-value is multiplied by the family size; none is ever smaller than its raw value.
        var chances = children.Select(c => c.GetProperty("chance")).ToArray();
        Assert.All(chances, c =>
        {
            Assert.Equal("full_range", c.GetProperty("sample").GetString());
            Assert.InRange(c.GetProperty("p_value_holm").GetDouble(), c.GetProperty("p_value").GetDouble(), 1.0);
            Assert.Equal(c.GetProperty("p_value_holm").GetDouble() < 0.05, c.GetProperty("beats_chance_corrected").GetBoolean());
        });
        var smallest = chances.MinBy(c => c.GetProperty("p_value").GetDouble());
        Assert.Equal(Math.Min(1, 6 * smallest.GetProperty("p_value").GetDouble()), smallest.GetProperty("p_value_holm").GetDouble(), 12);
        Assert.Equal(smallest.GetRawText(), best.GetProperty("chance").GetRawText());
        Assert.Equal(JsonValueKind.Null, best.GetProperty("holdout").ValueKind);
        Assert.False(children[0].TryGetProperty("in_sample_metrics", out _));

        // Two seeds per recipe: below the default minimum of 5 nothing is ranked; at a minimum of 2 all three are.
        var unranked = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/replicates");
        var ranked = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/replicates?metric=z&min_replicates=2");
        Assert.Equal(5, unranked.GetProperty("min_replicates").GetInt32());
        Assert.All(unranked.GetProperty("combinations").EnumerateArray(), c =>
        {
            Assert.False(c.GetProperty("rankable").GetBoolean());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("rank").ValueKind);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("lower95").ValueKind);
        });
        var combinations = ranked.GetProperty("combinations").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3], combinations.Select(c => c.GetProperty("rank").GetInt32()));
        Assert.True(combinations.Select(c => c.GetProperty("mean").GetDouble()).SequenceEqual(combinations.Select(c => c.GetProperty("mean").GetDouble()).OrderDescending()));
        Assert.All(combinations, c =>
        {
            var zs = children.Where(ch => ch.GetProperty("combination").GetInt32() == c.GetProperty("combination").GetInt32())
                .Select(ch => Metric(ch, "metrics", "z")).ToArray();
            Assert.Equal(zs, c.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()));
            Assert.Equal(zs.Average(), c.GetProperty("mean").GetDouble(), 12);
            Assert.InRange(c.GetProperty("mean").GetDouble(), c.GetProperty("lower95").GetDouble(), c.GetProperty("upper95").GetDouble());
        });

        var pbo = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/overfitting");
        var fourBlocks = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/overfitting?blocks=4");
        Assert.Equal(6, pbo.GetProperty("children").GetInt32());
        Assert.Equal(150, pbo.GetProperty("contests").GetInt32());
        Assert.Equal(12_870, pbo.GetProperty("splits").GetInt32());
        Assert.InRange(pbo.GetProperty("probability").GetDouble(), 0, 1);
        Assert.Equal(12_870, pbo.GetProperty("logit_histogram").EnumerateArray().Sum(b => b.GetProperty("splits").GetInt32()));
        Assert.Equal(6, fourBlocks.GetProperty("splits").GetInt32());
        Assert.Equal(0, fourBlocks.GetProperty("probability").GetDouble() * 6 % 1, 9);
    }

    [Theory]
    [InlineData("/replicates?metric=luck", "metric")]
    [InlineData("/replicates?min_replicates=1", "min_replicates")]
    [InlineData("/overfitting?blocks=3", "blocks")]
    [InlineData("/overfitting?blocks=22", "blocks")]
    public async Task BadQuery_Is400NamingTheField(string path, string field)
    {
        var location = await SweepRuns.SubmitAsync(fixture.Runner, new { spec = s_powerGrid, from_contest = 6001, to_contest = 6005 });

        using var response = await fixture.Reader.GetAsync($"{location}{path}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await SweepRuns.WaitForFinalAsync(fixture.Reader, location);
    }

    [Fact]
    public async Task Overfitting_OfASweepWithOneChild_Is409SayingWhy()
    {
        var single = new
        {
            version = 1,
            name = "single",
            base_recipe = new { version = 1, name = "base", strategy = "frequency", seed = 3 },
            parameters = new[] { new { name = "power", type = "discrete", values = new[] { 1 } } },
        };
        var location = await SweepRuns.SubmitAsync(fixture.Runner, new { spec = single, from_contest = 6001, to_contest = 6040 });
        await SweepRuns.WaitForFinalAsync(fixture.Reader, location);

        using var response = await fixture.Reader.GetAsync($"{location}/overfitting");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("at least 2 completed children; 1 completed so far", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static double Metric(JsonElement child, string set, string name) => child.GetProperty(set).GetProperty(name).GetDouble();

    private async Task<JsonElement[]> ChildrenAsync(Uri location) =>
        [.. (await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/results")).GetProperty("items").EnumerateArray()];

    private async Task<JsonElement> WaitForSummaryAsync(Uri location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await fixture.Reader.GetFromJsonAsync<JsonElement>(location);
            if (status.GetProperty("summary").ValueKind == JsonValueKind.Object)
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"still {status.GetProperty("state")}");
            await Task.Delay(100);
        }
    }
}
