using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Simulations;

/// <summary>The simulations and ledgers API on a co-hosted silo: the CLI's results, money, events, cancel, and every error.</summary>
public sealed class SimulationsApiTests(SimulationsApiFixture fixture) : IClassFixture<SimulationsApiFixture>
{
    private static readonly object s_cliRecipe = new
    {
        recipe = new { strategy = "frequency", seed = 7 },
        from_contest = 5001,
        to_contest = 5400,
        tickets = 5,
        window = 100,
    };

    [Fact]
    public async Task Submit_ThenExport_IsTheCliBacktestJsonByteForByte()
    {
        using var submitted = await fixture.Runner.PostAsJsonAsync("/api/v1/simulations", s_cliRecipe);
        var location = submitted.Headers.Location!;
        var final = await WaitForFinalAsync(location);
        var export = await fixture.Reader.GetByteArrayAsync($"{location}/export?format=json");
        var cli = await LuckyFiveCli.RunAsync("backtest", "--strategy", "frequency", "--seed", "7", "--from", "5001", "--to", "5400",
            "--tickets", "5", "--window", "100", "--draws", TestSupport.QuinaData.Workbook, "--json");

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.Equal("completed", final.GetProperty("state").GetString());
        Assert.Equal(400, final.GetProperty("progress").GetProperty("contests_done").GetInt32());
        Assert.NotNull(final.GetProperty("verdict").GetString());
        Assert.Equal(cli, export);
    }

    [Fact]
    public async Task Results_Finances_AndCsv_DescribeTheSameContests()
    {
        var location = await SubmitAsync(new { preset = "conservative", from_contest = 6001, to_contest = 6120 });
        var final = await WaitForFinalAsync(location);

        var first = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/results?limit=100");
        var second = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/results?limit=100&cursor={first.GetProperty("next_cursor").GetString()}");
        var finances = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/finances");
        var csv = await fixture.Reader.GetStringAsync($"{location}/export?format=csv");

        Assert.Equal(100, first.GetProperty("items").GetArrayLength());
        Assert.Equal(20, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
        Assert.Equal(6101, second.GetProperty("items")[0].GetProperty("contest").GetInt32());
        var cost = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Sum(c => c.GetProperty("cost_cents").GetInt64());
        Assert.Equal(cost, finances.GetProperty("cost_cents").GetInt64());
        Assert.Equal(cost, finances.GetProperty("ledger").GetProperty("bet_cents").GetInt64());
        Assert.Equal(final.GetProperty("summary").GetProperty("cost_cents").GetInt64(), cost);
        Assert.Equal(121, csv.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public async Task Events_StreamProgressThenTheFinalState()
    {
        var location = await SubmitAsync(new { recipe = new { strategy = "random" }, from_contest = 4001, to_contest = 4600, tickets = 10, batch_size = 20 });

        using var response = await fixture.Reader.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
        var events = new List<string>();
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync()))
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    events.Add(line["event: ".Length..]);
                }
            }
        }

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("completed", events[^1]);
        Assert.All(events[..^1], e => Assert.Equal("progress", e));
        Assert.NotEmpty(events[..^1]);
    }

    [Fact]
    public async Task Cancel_RunningSimulation_EndsCancelled()
    {
        var location = await SubmitAsync(new { recipe = new { strategy = "hybrid" }, from_contest = 2001, to_contest = 6800, batch_size = 10 });

        using var cancelled = await fixture.Runner.PostAsync($"{location}/cancel", null);
        var body = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        using var export = await fixture.Reader.GetAsync($"{location}/export");

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", body.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, export.StatusCode);
    }

    [Fact]
    public async Task List_FiltersByStateAndStrategy_AndPages()
    {
        var a = await SubmitAsync(new { recipe = new { strategy = "recency" }, from_contest = 6001, to_contest = 6010, tickets = 1 });
        var b = await SubmitAsync(new { recipe = new { strategy = "recency" }, from_contest = 6011, to_contest = 6020, tickets = 1 });
        await WaitForFinalAsync(a);
        await WaitForFinalAsync(b);

        var page = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/simulations?strategy=recency&state=completed&limit=1");
        var next = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/simulations?strategy=recency&state=completed&limit=1&cursor={page.GetProperty("next_cursor").GetString()}");

        Assert.Equal(b.OriginalString, page.GetProperty("items")[0].GetProperty("links").GetProperty("self").GetString());
        Assert.Equal(a.OriginalString, next.GetProperty("items")[0].GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task List_FiltersByCreationTime_WithTheDocumentedSnakeCaseParameters()
    {
        var location = await SubmitAsync(new { recipe = new { strategy = "recency" }, from_contest = 6021, to_contest = 6030, tickets = 1 });
        var created = (await WaitForFinalAsync(location)).GetProperty("created_at").GetDateTimeOffset();
        string At(TimeSpan offset) => Uri.EscapeDataString((created + offset).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        async Task<bool> ListsItAsync(string filter)
        {
            var page = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/simulations?strategy=recency&limit=500&{filter}");
            return page.GetProperty("items").EnumerateArray().Any(s => s.GetProperty("links").GetProperty("self").GetString() == location.OriginalString);
        }

        Assert.True(await ListsItAsync($"created_from={At(TimeSpan.FromSeconds(-1))}"));
        Assert.False(await ListsItAsync($"created_from={At(TimeSpan.FromSeconds(1))}"));
        Assert.True(await ListsItAsync($"created_before={At(TimeSpan.FromSeconds(1))}"));
        Assert.False(await ListsItAsync($"created_before={At(TimeSpan.FromSeconds(-1))}"));
        Assert.True(await ListsItAsync($"created_from={At(TimeSpan.FromSeconds(-1))}&created_before={At(TimeSpan.FromSeconds(1))}"));
        Assert.False(await ListsItAsync($"created_from={At(TimeSpan.FromHours(1))}&created_before={At(TimeSpan.FromHours(2))}"));
    }

    [Fact]
    public async Task Presets_ListsEveryPresetWithItsRecipe()
    {
        var presets = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/presets");

        Assert.Equal(["conservative", "balanced", "aggressive"], presets.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.All(presets.EnumerateArray(), p => Assert.True(p.GetProperty("parameters").GetProperty("sim_preds").GetDouble() >= 1));
    }

    [Theory]
    [InlineData("""{"from_contest": 1, "to_contest": 2}""", "preset")]
    [InlineData("""{"preset": "lucky", "from_contest": 1, "to_contest": 2}""", "preset")]
    [InlineData("""{"preset": "balanced", "to_contest": 2}""", "from_contest")]
    [InlineData("""{"recipe": {}, "from_contest": 1, "to_contest": 2}""", "recipe.strategy")]
    [InlineData("""{"recipe": {"strategy": "astrology"}, "from_contest": 1, "to_contest": 2}""", "recipe.strategy")]
    [InlineData("""{"preset": "balanced", "from_contest": 6000, "to_contest": 99999}""", "to_contest")]
    [InlineData("""{"preset": "balanced", "from_contest": 6000, "to_contest": 6001, "parameters": {"nonsense": 1}}""", "parameters.nonsense")]
    [InlineData("""{"preset": "balanced", "from_contest": 6000, "to_contest": 6001, "batch_size": 0}""", "batch_size")]
    [InlineData("""{"preset": "balanced", "from_contest": 6000, "to_contest": 6001, "tickets": 0}""", "tickets")]
    [InlineData("""{"preset": "balanced", "from_contest": 6000, "to_contest": 6001, "numbers": 99}""", "numbers")]
    [InlineData("""{"preset": "balanced", "from_contest": 6000, "to_contest": 6001, "window": 0}""", "window")]
    [InlineData("""{"preset": "balanced", "from_contest": 6000, "to_contest": 6001, "ledger_id": "'; DROP TABLE simulations; --"}""", "ledger_id")]
    public async Task Submit_InvalidRequest_Is400NamingTheField(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Runner.PostAsync("/api/v1/simulations", content);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var reasons), problem.ToString());
        Assert.NotEmpty(reasons.EnumerateArray().First().GetString()!);
        Assert.Equal(1L, await fixture.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'simulations'"));
    }

    [Theory]
    [InlineData("/api/v1/simulations/no-such-id")]
    [InlineData("/api/v1/simulations/no-such-id/results")]
    [InlineData("/api/v1/simulations/no-such-id/events")]
    [InlineData("/api/v1/simulations/no-such-id/finances")]
    [InlineData("/api/v1/simulations/no-such-id/export")]
    [InlineData("/api/v1/ledgers/no-such-id")]
    [InlineData("/api/v1/ledgers/no-such-id/entries")]
    public async Task Unknown_Is404ProblemDetails(string path)
    {
        using var response = await fixture.Reader.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/simulations?state=done", "state")]
    [InlineData("/api/v1/simulations?limit=0", "limit")]
    [InlineData("/api/v1/simulations?cursor=%25%25", "cursor")]
    [InlineData("/api/v1/simulations/any/export?format=pdf", "format")]
    public async Task BadQuery_Is400NamingTheParameter(string path, string field)
    {
        using var response = await fixture.Reader.GetAsync(path);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Roles_ReaderCannotSubmitOrCancel_AnonymousCannotRead()
    {
        using var submit = await fixture.Reader.PostAsJsonAsync("/api/v1/simulations", s_cliRecipe);
        using var cancel = await fixture.Reader.PostAsync("/api/v1/simulations/any/cancel", null);
        using var ledger = await fixture.Reader.PostAsJsonAsync("/api/v1/ledgers", new { name = "x", budget_cents = 1 });
        using var anonymous = new HttpClient { BaseAddress = fixture.Api.Http.BaseAddress };
        using var read = await anonymous.GetAsync("/api/v1/simulations");

        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ledger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task Ledger_InvalidRequest_Is400NamingEachField()
    {
        using var response = await fixture.Runner.PostAsJsonAsync("/api/v1/ledgers", new { name = "", budget_cents = -5 });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("budget_cents", out _));
    }

    private async Task<Uri> SubmitAsync(object request)
    {
        using var response = await fixture.Runner.PostAsJsonAsync("/api/v1/simulations", request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    private async Task<JsonElement> WaitForFinalAsync(Uri location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await fixture.Reader.GetFromJsonAsync<JsonElement>(location);
            var state = status.GetProperty("state").GetString();
            if (state is "failed" or "cancelled" || (state is "completed" or "bankrupt" && status.GetProperty("summary").ValueKind == JsonValueKind.Object))
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"still {state}");
            await Task.Delay(100);
        }
    }
}
