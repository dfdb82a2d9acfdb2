using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Comparisons;

/// <summary>POST, GET and list of comparisons on real simulations: rankings, statistics, winners, tests, and every error.</summary>
[Collection(ComparisonsTestGroup.Name)]
[Trait("Category", "PostgreSql")]
public sealed class ComparisonsApiTests(ComparisonsApiFixture fixture)
{
    [Fact]
    public async Task Create_RanksEachMetric_WithPercentilesStatisticsWinnerAndHolmAdjustedTests()
    {
        var simulations = fixture.SameRange;
        var ids = simulations.Select(Id).ToArray();

        using var response = await fixture.Runner.PostAsJsonAsync("/api/v1/comparisons", new
        {
            name = "four strategies",
            description = "6001..6100",
            simulation_ids = ids,
            metrics = new[] { "mean_hits_per_ticket", "roi", "quadra", "max_drawdown_cents" },
        });
        var comparison = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await fixture.Reader.GetFromJsonAsync<JsonElement>(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/comparisons/{comparison.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        Assert.Equal(comparison.GetRawText(), stored.GetRawText());
        Assert.Equal("four strategies", comparison.GetProperty("name").GetString());
        Assert.Equal(ids, comparison.GetProperty("simulation_ids").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(["mean_hits_per_ticket", "roi", "quadra", "max_drawdown_cents"], comparison.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(9, comparison.GetProperty("tests_made").GetInt32());
        Assert.Equal(0.05, comparison.GetProperty("alpha").GetDouble());

        var hits = simulations.Select(s => s.GetProperty("summary").GetProperty("chance").GetProperty("mean_hits_per_ticket").GetDouble()).ToArray();
        var result = comparison.GetProperty("results").GetProperty("mean_hits_per_ticket");
        var best = Array.IndexOf(hits, hits.Max());
        Assert.True(result.GetProperty("higher_is_better").GetBoolean());
        Assert.Equal(ids[best], result.GetProperty("winner").GetString());
        Assert.Equal(ids[best], comparison.GetProperty("winner_by_metric").GetProperty("mean_hits_per_ticket").GetString());
        var rankings = result.GetProperty("rankings").EnumerateArray().ToArray();
        Assert.Equal(ids, rankings.Select(r => r.GetProperty("simulation_id").GetString()));
        Assert.Equal(hits, rankings.Select(r => r.GetProperty("value").GetDouble()));
        for (var i = 0; i < hits.Length; i++)
        {
            var better = hits.Count(h => h > hits[i]);
            var worse = hits.Count(h => h < hits[i]);
            var tied = hits.Length - better - worse - 1;
            Assert.Equal(better + 1, rankings[i].GetProperty("rank").GetInt32());
            Assert.Equal(100.0 * (worse + (tied / 2.0)) / 3, rankings[i].GetProperty("percentile").GetDouble(), 1e-9);
        }

        var statistics = result.GetProperty("statistics");
        Assert.Equal(4, statistics.GetProperty("count").GetInt32());
        Assert.Equal(hits.Average(), statistics.GetProperty("mean").GetDouble(), 1e-12);
        Assert.Equal(hits.Min(), statistics.GetProperty("min").GetDouble());
        Assert.Equal(hits.Max(), statistics.GetProperty("max").GetDouble());
        var sorted = hits.Order().ToArray();
        Assert.Equal((sorted[1] + sorted[2]) / 2, statistics.GetProperty("median").GetDouble(), 1e-12);
        Assert.Equal(Math.Sqrt(hits.Sum(h => (h - hits.Average()) * (h - hits.Average())) / 3), statistics.GetProperty("standard_deviation").GetDouble(), 1e-12);

        // Five tickets every contest: the mean of the per-contest means is the mean hits per ticket.
        var tests = result.GetProperty("tests").EnumerateArray().ToArray();
        Assert.Equal(3, tests.Length);
        Assert.Equal(ids.Where((_, i) => i != best).Order(StringComparer.Ordinal), tests.Select(t => t.GetProperty("simulation_id").GetString()).Order(StringComparer.Ordinal));
        foreach (var test in tests)
        {
            var other = Array.IndexOf(ids, test.GetProperty("simulation_id").GetString());
            Assert.Equal("paired_t", test.GetProperty("method").GetString());
            Assert.Equal("mean_hits_per_ticket", test.GetProperty("figure").GetString());
            Assert.Equal(100, test.GetProperty("contests").GetInt32());
            Assert.Equal(99, test.GetProperty("degrees_of_freedom").GetDouble());
            Assert.Equal(hits[best] - hits[other], test.GetProperty("mean_difference").GetDouble(), 1e-12);
            Assert.InRange(test.GetProperty("p_value").GetDouble(), 0, 1);
            Assert.True(test.GetProperty("adjusted_p_value").GetDouble() >= test.GetProperty("p_value").GetDouble());
            Assert.Equal(test.GetProperty("adjusted_p_value").GetDouble() < 0.05, test.GetProperty("significant").GetBoolean());
        }

        Assert.Equal(tests.All(t => t.GetProperty("significant").GetBoolean()) && result.GetProperty("tied_at_best").GetInt32() == 1,
            result.GetProperty("winner_significant").GetBoolean());

        var drawdown = comparison.GetProperty("results").GetProperty("max_drawdown_cents");
        var drawdowns = simulations.Select(s => s.GetProperty("summary").GetProperty("max_drawdown_cents").GetDouble()).ToArray();
        Assert.False(drawdown.GetProperty("higher_is_better").GetBoolean());
        Assert.Equal(drawdowns.Min(), drawdown.GetProperty("rankings")[Array.IndexOf(ids, drawdown.GetProperty("winner").GetString())].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, drawdown.GetProperty("winner_significant").ValueKind);
        Assert.Empty(drawdown.GetProperty("tests").EnumerateArray());
        Assert.Contains("not tested", drawdown.GetProperty("not_tested_reason").GetString(), StringComparison.Ordinal);

        var quadra = comparison.GetProperty("results").GetProperty("quadra");
        Assert.Equal("quadra", quadra.GetProperty("tests")[0].GetProperty("figure").GetString());
        Assert.Equal("net_per_cost", comparison.GetProperty("results").GetProperty("roi").GetProperty("tests")[0].GetProperty("figure").GetString());
    }

    [Fact]
    public async Task Create_SimulationsOverDifferentContests_AreTestedWithWelch_AndDefaultMetricsAndName()
    {
        var ids = new[] { Id(fixture.SameRange[0]), Id(fixture.OtherRange) };

        using var response = await fixture.Runner.PostAsJsonAsync("/api/v1/comparisons", new { simulation_ids = ids });
        var comparison = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("2 simulations", comparison.GetProperty("name").GetString());
        Assert.Equal(["roi", "mean_hits_per_ticket"], comparison.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        var test = comparison.GetProperty("results").GetProperty("mean_hits_per_ticket").GetProperty("tests")[0];
        Assert.Equal("welch_t", test.GetProperty("method").GetString());
        Assert.Equal(150, test.GetProperty("contests").GetInt32());
        Assert.Equal([100, 50], comparison.GetProperty("simulations").EnumerateArray().Select(s => s.GetProperty("contests").GetInt32()));
        Assert.Equal(2, comparison.GetProperty("tests_made").GetInt32());
    }

    [Fact]
    public async Task List_NewestFirst_PagesByCursor()
    {
        var ids = fixture.Replicates.Select(Id).ToArray();
        var first = await CreateAsync(new { name = "first", simulation_ids = ids[..2] });
        var second = await CreateAsync(new { name = "second", simulation_ids = ids[2..] });

        var page = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/comparisons?limit=1");
        var next = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/comparisons?limit=1&cursor={page.GetProperty("next_cursor").GetString()}");

        Assert.Equal(second, page.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(first, next.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(3, page.GetProperty("items")[0].GetProperty("simulation_ids").GetArrayLength());
        Assert.Equal(2, next.GetProperty("items")[0].GetProperty("simulation_ids").GetArrayLength());
    }

    [Fact]
    public async Task Get_UnknownId_Answers404()
    {
        using var response = await fixture.Reader.GetAsync("/api/v1/comparisons/no-such-comparison");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-comparison", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_FewerThanTwoOrMoreThanFifty_Answers400()
    {
        var one = await ProblemAsync(new { simulation_ids = new[] { Id(fixture.SameRange[0]) } }, HttpStatusCode.BadRequest);
        var many = await ProblemAsync(new { simulation_ids = Enumerable.Range(0, 51).Select(i => $"sim-{i}").ToArray() }, HttpStatusCode.BadRequest);
        var none = await ProblemAsync(new { name = "nothing" }, HttpStatusCode.BadRequest);

        Assert.Equal(["compare 2 to 50 simulations, got 1"], Errors(one, "simulation_ids"));
        Assert.Equal(["compare 2 to 50 simulations, got 51"], Errors(many, "simulation_ids"));
        Assert.Contains("required", Errors(none, "simulation_ids")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownOrRepeatedSimulation_Answers400NamingIt()
    {
        var known = Id(fixture.SameRange[0]);

        var unknown = await ProblemAsync(new { simulation_ids = new[] { known, "no-such-simulation" } }, HttpStatusCode.BadRequest);
        var twice = await ProblemAsync(new { simulation_ids = new[] { known, known } }, HttpStatusCode.BadRequest);

        var empty = await ProblemAsync(new { simulation_ids = new[] { known, null, "" } }, HttpStatusCode.BadRequest);

        Assert.Equal(["no simulation has id 'no-such-simulation'"], Errors(unknown, "simulation_ids"));
        Assert.Equal(["every entry must be a simulation id; got an empty or null one"], Errors(empty, "simulation_ids"));
        Assert.Equal([$"'{known}' is listed 2 times; list each simulation once"], Errors(twice, "simulation_ids"));
    }

    [Fact]
    public async Task Create_SimulationNotCompleted_Answers409()
    {
        var running = await fixture.SubmitAsync(new { preset = "balanced", from_contest = 1001, to_contest = 6882, batch_size = 20 });
        var id = running.OriginalString.Split('/')[^1];
        try
        {
            var problem = await ProblemAsync(new { simulation_ids = new[] { Id(fixture.SameRange[0]), id } }, HttpStatusCode.Conflict);

            Assert.Contains($"simulation '{id}' is", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("only completed simulations are compared", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            using var cancelled = await fixture.Runner.PostAsync($"{running}/cancel", null);
        }
    }

    [Fact]
    public async Task Create_UnknownMetric_Answers400ListingTheKnownOnes()
    {
        var problem = await ProblemAsync(
            new { simulation_ids = fixture.SameRange.Take(2).Select(Id).ToArray(), metrics = new[] { "roi", "luck" } }, HttpStatusCode.BadRequest);

        Assert.Equal(
            ["unknown metric 'luck'; one of roi, net_cents, prize_cents, mean_hits_per_ticket, z, p_value, average_best_hits, quina, quadra, terno, duque, max_drawdown_cents"],
            Errors(problem, "metrics"));
    }

    [Fact]
    public async Task List_BadCursorOrLimit_Answers400()
    {
        using var cursor = await fixture.Reader.GetAsync("/api/v1/comparisons?cursor=!!not-ours!!");
        using var limit = await fixture.Reader.GetAsync("/api/v1/comparisons?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, cursor.StatusCode);
        Assert.Contains("cursor", (await cursor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
        Assert.Equal(["must be 1 to 500, got 0"], Errors(await limit.Content.ReadFromJsonAsync<JsonElement>(), "limit"));
    }

    [Fact]
    public async Task Create_AsReader_Answers403()
    {
        using var response = await fixture.Reader.PostAsJsonAsync("/api/v1/comparisons", new { simulation_ids = fixture.SameRange.Take(2).Select(Id).ToArray() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string Id(JsonElement simulation) => simulation.GetProperty("id").GetString()!;

    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    private async Task<string> CreateAsync(object body)
    {
        using var response = await fixture.Runner.PostAsJsonAsync("/api/v1/comparisons", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> ProblemAsync(object body, HttpStatusCode expected)
    {
        using var response = await fixture.Runner.PostAsJsonAsync("/api/v1/comparisons", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
