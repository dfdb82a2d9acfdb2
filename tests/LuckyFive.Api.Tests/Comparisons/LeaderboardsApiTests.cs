using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Comparisons;

/// <summary>Leaderboards of completed simulations and of recipes over seeds: order, ranks, filters, pages and errors.</summary>
[Collection(ComparisonsTestGroup.Name)]
[Trait("Category", "PostgreSql")]
public sealed class LeaderboardsApiTests(ComparisonsApiFixture fixture)
{
    [Fact]
    public async Task Simulations_OfAStrategy_RankBestFirst_WithTheirValues()
    {
        var frequency = fixture.All.Where(s => s.GetProperty("strategy").GetString() == "frequency").ToArray();

        var board = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/leaderboards/roi?strategy=frequency");

        var items = board.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal("roi", board.GetProperty("metric").GetString());
        Assert.Equal("simulation", board.GetProperty("group").GetString());
        Assert.True(board.GetProperty("higher_is_better").GetBoolean());
        Assert.Equal(3, board.GetProperty("ranked").GetInt32());
        Assert.Equal(0, board.GetProperty("unranked").GetInt32());
        Assert.Equal(frequency.Select(s => s.GetProperty("summary").GetProperty("roi").GetDouble()).OrderDescending(), items.Select(i => i.GetProperty("value").GetDouble()));
        Assert.All(items, i => Assert.Equal("frequency", i.GetProperty("strategy").GetString()));
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("rank").GetInt32()));
        var top = fixture.All.Single(s => s.GetProperty("id").GetString() == items[0].GetProperty("simulation_ids")[0].GetString());
        Assert.Equal(top.GetProperty("summary").GetProperty("roi").GetDouble(), items[0].GetProperty("value").GetDouble());
        Assert.Equal(top.GetProperty("seed").GetUInt64(), items[0].GetProperty("seeds")[0].GetUInt64());
        Assert.Equal(JsonValueKind.Null, board.GetProperty("next_cursor").ValueKind);
    }

    [Fact]
    public async Task LowerIsBetter_RanksTheSmallestFirst()
    {
        var board = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/leaderboards/p_value?limit=500");

        var values = board.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("value").GetDouble()).ToArray();
        Assert.False(board.GetProperty("higher_is_better").GetBoolean());
        Assert.Equal(values.Order(), values);
        Assert.Equal(fixture.All.Count(), values.Length);
    }

    [Fact]
    public async Task Recipes_WithFiveSeeds_AreRankedOnTheirMean_OthersListedUnranked()
    {
        var replicates = fixture.Replicates.Select(s => s.GetProperty("summary").GetProperty("chance").GetProperty("mean_hits_per_ticket").GetDouble()).ToArray();

        var board = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/leaderboards/mean_hits_per_ticket?group=recipe");

        var items = board.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal("recipe", board.GetProperty("group").GetString());
        Assert.Equal(1, board.GetProperty("ranked").GetInt32());
        Assert.Equal(4, board.GetProperty("unranked").GetInt32());
        Assert.Equal(5, items.Length);
        var ranked = items[0];
        Assert.Equal(1, ranked.GetProperty("rank").GetInt32());
        Assert.Equal("random", ranked.GetProperty("strategy").GetString());
        Assert.Equal(6040, ranked.GetProperty("to_contest").GetInt32());
        // Seed 1 ran twice: both runs are listed, and count as one replicate.
        Assert.Equal([1UL, 5UL, 4UL, 3UL, 2UL, 1UL], ranked.GetProperty("seeds").EnumerateArray().Select(s => s.GetUInt64()));
        Assert.Equal(fixture.Repeat.GetProperty("id").GetString(), ranked.GetProperty("simulation_ids")[0].GetString());
        Assert.Equal(replicates.Average(), ranked.GetProperty("value").GetDouble(), 1e-12);
        var replication = ranked.GetProperty("replication");
        Assert.True(replication.GetProperty("rankable").GetBoolean());
        Assert.Equal(5, replication.GetProperty("replicates").GetInt32());
        Assert.True(replication.GetProperty("lower95").GetDouble() <= replicates.Average());
        Assert.True(replication.GetProperty("upper95").GetDouble() >= replicates.Average());

        var unranked = items[1..];
        Assert.All(unranked, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("rank").ValueKind));
        Assert.All(unranked, i => Assert.False(i.GetProperty("replication").GetProperty("rankable").GetBoolean()));
        var frequency = unranked.Single(i => i.GetProperty("strategy").GetString() == "frequency" && i.GetProperty("to_contest").GetInt32() == 6100);
        Assert.Equal([7UL, 8UL], frequency.GetProperty("seeds").EnumerateArray().Select(s => s.GetUInt64()).Order());
        Assert.Equal(JsonValueKind.Null, frequency.GetProperty("replication").GetProperty("lower95").ValueKind);
        var values = unranked.Select(i => i.GetProperty("value").GetDouble()).ToArray();
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task Pages_WalkTheWholeBoard_InTheSameOrder()
    {
        var whole = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/leaderboards/z?limit=500");
        var walked = new List<string>();
        string? cursor = null;
        do
        {
            var page = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/leaderboards/z?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 3);
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("simulation_ids")[0].GetString()!));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(whole.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("simulation_ids")[0].GetString()), walked);
        Assert.Equal(fixture.All.Count(), walked.Count);
    }

    [Fact]
    public async Task CreatedFilters_KeepSimulationsCreatedInTheWindow()
    {
        var from = fixture.Replicates[0].GetProperty("created_at").GetDateTimeOffset();
        var replicates = fixture.Replicates.Append(fixture.Repeat).Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal);

        var after = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/leaderboards/roi?created_from={Uri.EscapeDataString(from.ToString("O"))}");
        var before = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/leaderboards/roi?created_before={Uri.EscapeDataString(from.ToString("O"))}");

        Assert.Equal(replicates, after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("simulation_ids")[0].GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(fixture.All.Count() - 6, before.GetProperty("items").GetArrayLength());
        Assert.All(before.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("created_at").GetDateTimeOffset() < from));
    }

    [Fact]
    public async Task UnknownMetric_Answers400ListingTheKnownOnes()
    {
        using var response = await fixture.Reader.GetAsync("/api/v1/leaderboards/luck");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "unknown metric 'luck'; one of roi, net_cents, prize_cents, mean_hits_per_ticket, z, p_value, average_best_hits, quina, quadra, terno, duque, max_drawdown_cents",
            problem.GetProperty("errors").GetProperty("metric")[0].GetString());
    }

    [Theory]
    [InlineData("group=seed", "group")]
    [InlineData("cursor=!!not-ours!!", "cursor")]
    [InlineData("cursor=bm90LWEta2V5", "cursor")]
    [InlineData("limit=501", "limit")]
    [InlineData("created_from=yesterday", "created_from")]
    public async Task BadQuery_Answers400NamingTheParameter(string query, string field)
    {
        using var response = await fixture.Reader.GetAsync($"/api/v1/leaderboards/roi?{query}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, body, StringComparison.Ordinal);
    }
}
