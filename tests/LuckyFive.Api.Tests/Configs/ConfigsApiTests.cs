using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LuckyFive.Api.Tests.Simulations;

namespace LuckyFive.Api.Tests.Configs;

/// <summary>Saved configs on a co-hosted silo: every endpoint, ETags, defaults per mode, runs, and every error.</summary>
[Trait("Category", "PostgreSql")]
public sealed class ConfigsApiTests(SimulationsApiFixture fixture) : IClassFixture<SimulationsApiFixture>
{
    private const string Configs = "/api/v1/configs";

    [Fact]
    public async Task Create_AnswersCreated_WithLocationETagAndTheRequestAsSaved()
    {
        var name = Unique("hot numbers");
        using var created = await fixture.Runner.PostAsJsonAsync(Configs, Frequency(name, tags: ["short", "frequency", "short"]));
        var config = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = config.GetProperty("id").GetString()!;
        using var read = await fixture.Reader.GetAsync($"{Configs}/{id}");
        var stored = await fixture.ScalarAsync<string>("SELECT recipe::text FROM saved_configs WHERE id = $1", id);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Configs}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        Assert.Equal(name, config.GetProperty("name").GetString());
        Assert.Equal("frequency", config.GetProperty("mode").GetString());
        Assert.Equal(["short", "frequency"], config.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(7UL, config.GetProperty("recipe").GetProperty("seed").GetUInt64());
        Assert.Equal(1.5, config.GetProperty("recipe").GetProperty("parameters").GetProperty("power").GetDouble());
        Assert.Equal(6591, config.GetProperty("from_contest").GetInt32());
        Assert.Equal(2, config.GetProperty("tickets").GetInt32());
        Assert.False(config.GetProperty("is_default").GetBoolean());
        Assert.Equal(0, config.GetProperty("times_used").GetInt32());
        Assert.Equal(JsonValueKind.Null, config.GetProperty("last_used_at").ValueKind);
        Assert.Equal(1, config.GetProperty("version").GetInt32());
        Assert.Equal($"{Configs}/{id}/run", config.GetProperty("links").GetProperty("run").GetString());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        using var storedJson = JsonDocument.Parse(stored!);
        Assert.Equal(
            ["from_contest", "recipe", "tickets", "to_contest", "window"],
            storedJson.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Replace_WithCurrentETag_Succeeds_WithStaleETag_Is412_WithoutIfMatch_Succeeds()
    {
        var id = await CreateAsync(Frequency(Unique("edited")));

        using var first = await PutAsync(id, Frequency(Unique("edited v2"), tickets: 3), "\"1\"");
        var replaced = await first.Content.ReadFromJsonAsync<JsonElement>();
        using var stale = await PutAsync(id, Frequency(Unique("edited v3")), "\"1\"");
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        using var unconditional = await PutAsync(id, Frequency(Unique("edited v4"), tickets: 4), null);
        using var any = await PutAsync(id, Frequency(Unique("edited v5"), tickets: 5), "*");
        var final = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/{id}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag!.Tag);
        Assert.Equal(3, replaced.GetProperty("tickets").GetInt32());
        Assert.Equal(2, replaced.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("\"2\"", stale.Headers.ETag!.Tag);
        Assert.Contains("ETag \"2\"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unconditional.StatusCode);
        Assert.Equal(HttpStatusCode.OK, any.StatusCode);
        Assert.Equal(5, final.GetProperty("tickets").GetInt32());
        Assert.Equal(4, final.GetProperty("version").GetInt32());
        Assert.StartsWith("edited v5", final.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_AreUniqueWhateverTheCase_OnCreateAndReplace()
    {
        var name = Unique("Taken Name");
        var id = await CreateAsync(Frequency(name));
        var other = await CreateAsync(Frequency(Unique("other")));

        using var created = await fixture.Runner.PostAsJsonAsync(Configs, Frequency(name.ToUpperInvariant()));
        var problem = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var replaced = await PutAsync(other, Frequency(name.ToLowerInvariant()), null);
        using var sameConfig = await PutAsync(id, Frequency(name.ToLowerInvariant()), null);

        Assert.Equal(HttpStatusCode.Conflict, created.StatusCode);
        Assert.Contains("without regard to case", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameConfig.StatusCode);
    }

    [Theory]
    [InlineData("""{"from_contest": 6591, "to_contest": 6600}""", "preset")]
    [InlineData("""{"preset": "lucky", "from_contest": 6591, "to_contest": 6600}""", "preset")]
    [InlineData("""{"recipe": {"seed": 1}, "from_contest": 6591, "to_contest": 6600}""", "recipe.strategy")]
    [InlineData("""{"recipe": {"strategy": "lucky"}, "from_contest": 6591, "to_contest": 6600}""", "recipe.strategy")]
    [InlineData("""{"recipe": {"strategy": "frequency", "parameters": {"power": 99}}, "from_contest": 6591, "to_contest": 6600}""", "recipe.parameters.power")]
    [InlineData("""{"recipe": {"strategy": "frequency"}, "from_contest": 6591, "to_contest": 6600, "tickets": 0}""", "tickets")]
    [InlineData("""{"recipe": {"strategy": "frequency"}, "to_contest": 6600}""", "from_contest")]
    [InlineData("""{"recipe": {"strategy": "frequency"}, "from_contest": 9000, "to_contest": 1}""", "to_contest")]
    [InlineData("""{"preset": "balanced", "from_contest": 6591, "to_contest": 6600, "batch_size": 0}""", "batch_size")]
    public async Task Create_WithABadRequest_Is400NamingTheFieldAsTheSimulationsApiDoes(string request, string field)
    {
        using var simulation = await fixture.Runner.PostAsync("/api/v1/simulations", Json(request));
        var simulationErrors = await ErrorsAsync(simulation);
        var body = request.Insert(1, $"\"name\": \"{Unique("bad")}\", ");

        using var created = await fixture.Runner.PostAsync(Configs, Json(body));
        var errors = await ErrorsAsync(created);

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains(field, errors);
        Assert.Equal(simulationErrors.Order(StringComparer.Ordinal), errors.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"preset": "balanced", "from_contest": 6591, "to_contest": 6600}""", "name")]
    [InlineData("""{"name": " ", "preset": "balanced", "from_contest": 6591, "to_contest": 6600}""", "name")]
    [InlineData("""{"name": "t", "tags": ["ok", ""], "preset": "balanced", "from_contest": 6591, "to_contest": 6600}""", "tags")]
    [InlineData("""{"name": "t", "tags": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u"], "preset": "balanced", "from_contest": 6591, "to_contest": 6600}""", "tags")]
    [InlineData("""{"name": "t", "tags": "short", "preset": "balanced", "from_contest": 6591, "to_contest": 6600}""", "tags")]
    public async Task Create_WithABadNameOrTags_Is400NamingTheField(string body, string field)
    {
        using var created = await fixture.Runner.PostAsync(Configs, Json(body));
        var errors = await ErrorsAsync(created);

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal([field], errors);
    }

    [Fact]
    public async Task Create_WithABadNameAndABadRequest_NamesBoth()
    {
        using var created = await fixture.Runner.PostAsync(
            Configs, Json("""{"name": "", "tags": [""], "recipe": {"strategy": "frequency", "parameters": {"power": 99}}, "from_contest": 6591, "to_contest": 6600}"""));

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(["name", "recipe.parameters.power", "tags"], (await ErrorsAsync(created)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_FiltersByTagAndMode_AndPagesByName()
    {
        var tag = Unique("tag");
        var b = await CreateAsync(Frequency(Unique("list b"), tags: [tag]));
        var a = await CreateAsync(Frequency(Unique("list a"), tags: [tag, "other"]));
        var c = await CreateAsync(Recency(Unique("list c"), tags: [tag]));
        await CreateAsync(Frequency(Unique("list d")));

        var tagged = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}?tag={tag}&limit=500");
        var frequency = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}?tag={tag}&mode=Frequency");
        var first = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}?tag={tag}&limit=2");
        var second = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}?tag={tag}&limit=2&cursor={first.GetProperty("next_cursor").GetString()}");
        using var badMode = await fixture.Reader.GetAsync($"{Configs}?mode=lucky");
        using var badCursor = await fixture.Reader.GetAsync($"{Configs}?cursor=bm9wZQ");

        Assert.Equal([a, b, c], Ids(tagged));
        Assert.Equal([a, b], Ids(frequency));
        Assert.Equal([a, b], Ids(first));
        Assert.Equal([c], Ids(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.Equal(["mode"], await ErrorsAsync(badMode));
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Equal(["cursor"], await ErrorsAsync(badCursor));
    }

    [Fact]
    public async Task Run_StartsASimulationThatCompletes_AndCountsTheUse()
    {
        var id = await CreateAsync(Frequency(Unique("run me")));

        using var run = await fixture.Runner.PostAsync($"{Configs}/{id}/run", null);
        var submitted = await run.Content.ReadFromJsonAsync<JsonElement>();
        var simulation = await WaitForFinalAsync(run.Headers.Location!);
        var used = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/{id}");
        using var again = await fixture.Runner.PostAsJsonAsync($"{Configs}/{id}/run", new { seed = 99, from_contest = 6581, to_contest = 6590 });
        var overridden = await WaitForFinalAsync(again.Headers.Location!);
        var twice = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/{id}");

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal(submitted.GetProperty("links").GetProperty("self").GetString(), run.Headers.Location!.OriginalString);
        Assert.StartsWith("/api/v1/simulations/", run.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("completed", simulation.GetProperty("state").GetString());
        Assert.Equal("frequency", simulation.GetProperty("strategy").GetString());
        Assert.Equal(7UL, simulation.GetProperty("seed").GetUInt64());
        Assert.Equal(6591, simulation.GetProperty("from_contest").GetInt32());
        Assert.Equal(6600, simulation.GetProperty("to_contest").GetInt32());
        Assert.Equal(1.5, simulation.GetProperty("parameters").GetProperty("power").GetDouble());
        Assert.Equal(2, simulation.GetProperty("parameters").GetProperty("sim_preds").GetDouble());
        Assert.Equal(10, simulation.GetProperty("summary").GetProperty("contests").GetInt32());
        Assert.Equal(1, used.GetProperty("times_used").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, used.GetProperty("last_used_at").ValueKind);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("completed", overridden.GetProperty("state").GetString());
        Assert.Equal(99UL, overridden.GetProperty("seed").GetUInt64());
        Assert.Equal(6581, overridden.GetProperty("from_contest").GetInt32());
        Assert.Equal(6590, overridden.GetProperty("to_contest").GetInt32());
        Assert.Equal(2, twice.GetProperty("times_used").GetInt32());
        Assert.True(twice.GetProperty("last_used_at").GetDateTimeOffset() >= used.GetProperty("last_used_at").GetDateTimeOffset());
        Assert.Equal(6591, twice.GetProperty("from_contest").GetInt32());
    }

    [Fact]
    public async Task Run_WithABadOverride_Is400NamingTheField_AndCountsNoUse()
    {
        var id = await CreateAsync(Frequency(Unique("bad run")));

        using var run = await fixture.Runner.PostAsJsonAsync($"{Configs}/{id}/run", new { from_contest = 6600, to_contest = 6500 });
        var errors = await ErrorsAsync(run);
        var config = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.Contains("to_contest", errors);
        Assert.Equal(0, config.GetProperty("times_used").GetInt32());
        Assert.Equal(JsonValueKind.Null, config.GetProperty("last_used_at").ValueKind);
    }

    [Fact]
    public async Task Run_WithALedger_BetsFromIt_AndAnUnknownLedgerIs400()
    {
        var id = await CreateAsync(Frequency(Unique("bankroll run")));
        using var opened = await fixture.Runner.PostAsJsonAsync("/api/v1/ledgers", new { name = Unique("config bankroll"), budget_cents = 1_000_000 });
        var ledger = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var run = await fixture.Runner.PostAsJsonAsync($"{Configs}/{id}/run", new { ledger_id = ledger });
        var simulation = await WaitForFinalAsync(run.Headers.Location!);
        using var unknown = await fixture.Runner.PostAsJsonAsync($"{Configs}/{id}/run", new { ledger_id = "no-such-ledger" });
        var config = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/{id}");

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal(ledger, simulation.GetProperty("ledger_id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["ledger_id"], await ErrorsAsync(unknown));
        Assert.Equal(1, config.GetProperty("times_used").GetInt32());
        Assert.Equal(JsonValueKind.Null, config.GetProperty("ledger_id").ValueKind);
    }

    [Fact]
    public async Task Default_IsOnePerMode_AndSwapsAtomically()
    {
        var a = await CreateAsync(Frequency(Unique("default a")));
        var b = await CreateAsync(Frequency(Unique("default b")));
        var c = await CreateAsync(Recency(Unique("default c")));

        using var setA = await fixture.Runner.PostAsync($"{Configs}/{a}/default", null);
        var defaultA = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/defaults/frequency");
        using var setC = await fixture.Runner.PostAsync($"{Configs}/{c}/default", null);
        using var setB = await fixture.Runner.PostAsync($"{Configs}/{b}/default", null);
        var viewB = await setB.Content.ReadFromJsonAsync<JsonElement>();
        using var setBAgain = await fixture.Runner.PostAsync($"{Configs}/{b}/default", null);
        var viewBAgain = await setBAgain.Content.ReadFromJsonAsync<JsonElement>();
        var defaultFrequency = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/defaults/Frequency");
        var defaultRecency = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/defaults/recency");
        var afterA = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/{a}");
        var defaults = await fixture.ScalarAsync<long>("SELECT count(*) FROM saved_configs WHERE is_default AND mode = 'frequency'");

        Assert.Equal(HttpStatusCode.OK, setA.StatusCode);
        Assert.Equal(a, defaultA.GetProperty("id").GetString());
        Assert.True(defaultA.GetProperty("is_default").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, setC.StatusCode);
        Assert.True(viewB.GetProperty("is_default").GetBoolean());
        Assert.Equal(viewB.GetProperty("version").GetInt32(), viewBAgain.GetProperty("version").GetInt32());
        Assert.Equal(b, defaultFrequency.GetProperty("id").GetString());
        Assert.Equal(c, defaultRecency.GetProperty("id").GetString());
        Assert.False(afterA.GetProperty("is_default").GetBoolean());
        Assert.Equal(3, afterA.GetProperty("version").GetInt32());
        Assert.Equal(1, defaults);
    }

    [Fact]
    public async Task Default_ConcurrentSwaps_LeaveExactlyOneDefault()
    {
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await CreateAsync(Hybrid(Unique($"race {i}"))));
        }

        var answers = await Task.WhenAll(ids.Select(id => fixture.Runner.PostAsync($"{Configs}/{id}/default", null)));
        var winner = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/defaults/hybrid");
        var defaults = await fixture.ScalarAsync<long>("SELECT count(*) FROM saved_configs WHERE is_default AND mode = 'hybrid'");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, defaults);
        Assert.Contains(winner.GetProperty("id").GetString(), ids);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Replace_ToAnotherStrategy_MovesTheConfigToThatMode_AndItStopsBeingADefault()
    {
        var id = await CreateAsync(RandomPicks(Unique("moving")));
        using var set = await fixture.Runner.PostAsync($"{Configs}/{id}/default", null);

        using var moved = await PutAsync(id, Recency(Unique("moved")), null);
        var view = await moved.Content.ReadFromJsonAsync<JsonElement>();
        using var noDefault = await fixture.Reader.GetAsync($"{Configs}/defaults/random");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("recency", view.GetProperty("mode").GetString());
        Assert.False(view.GetProperty("is_default").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, noDefault.StatusCode);
    }

    [Fact]
    public async Task Delete_RemovesTheConfig_AndItsSimulationsStay()
    {
        var id = await CreateAsync(Frequency(Unique("deleted")));
        using var run = await fixture.Runner.PostAsync($"{Configs}/{id}/run", null);
        await WaitForFinalAsync(run.Headers.Location!);

        using var deleted = await fixture.Runner.DeleteAsync($"{Configs}/{id}");
        using var gone = await fixture.Reader.GetAsync($"{Configs}/{id}");
        using var again = await fixture.Runner.DeleteAsync($"{Configs}/{id}");
        using var simulation = await fixture.Reader.GetAsync(run.Headers.Location!);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, simulation.StatusCode);
    }

    [Fact]
    public async Task UnknownIdOrMode_Is404()
    {
        using var get = await fixture.Reader.GetAsync($"{Configs}/nope");
        using var put = await PutAsync("nope", Frequency(Unique("nope")), null);
        using var delete = await fixture.Runner.DeleteAsync($"{Configs}/nope");
        using var setDefault = await fixture.Runner.PostAsync($"{Configs}/nope/default", null);
        using var run = await fixture.Runner.PostAsync($"{Configs}/nope/run", null);
        using var unknownMode = await fixture.Reader.GetAsync($"{Configs}/defaults/lucky");
        var problem = await unknownMode.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, setDefault.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownMode.StatusCode);
        Assert.Contains("a mode is a strategy", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_CanRead_ButNotWrite()
    {
        var id = await CreateAsync(Frequency(Unique("read only")));

        using var read = await fixture.Reader.GetAsync($"{Configs}/{id}");
        using var list = await fixture.Reader.GetAsync(Configs);
        using var create = await fixture.Reader.PostAsJsonAsync(Configs, Frequency(Unique("by reader")));
        using var put = await fixture.Reader.PutAsJsonAsync($"{Configs}/{id}", Frequency(Unique("by reader")));
        using var delete = await fixture.Reader.DeleteAsync($"{Configs}/{id}");
        using var setDefault = await fixture.Reader.PostAsync($"{Configs}/{id}/default", null);
        using var run = await fixture.Reader.PostAsync($"{Configs}/{id}/run", null);
        var after = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{Configs}/{id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { create.StatusCode, put.StatusCode, delete.StatusCode, setDefault.StatusCode, run.StatusCode });
        Assert.Equal(1, after.GetProperty("version").GetInt32());
        Assert.Equal(0, after.GetProperty("times_used").GetInt32());
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    private static object Frequency(string name, string[]? tags = null, int tickets = 2) => new
    {
        name,
        description = "test config",
        tags = tags ?? [],
        recipe = new { strategy = "frequency", seed = 7, parameters = new { power = 1.5 } },
        from_contest = 6591,
        to_contest = 6600,
        tickets,
        window = 100,
    };

    private static object Recency(string name, string[]? tags = null) =>
        new { name, tags = tags ?? [], recipe = new { strategy = "recency", seed = 3 }, from_contest = 6591, to_contest = 6600, tickets = 1 };

    private static object Hybrid(string name) =>
        new { name, recipe = new { strategy = "hybrid", seed = 3 }, from_contest = 6591, to_contest = 6600, tickets = 1 };

    private static object RandomPicks(string name) =>
        new { name, recipe = new { strategy = "random", seed = 3 }, from_contest = 6591, to_contest = 6600, tickets = 1 };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    private static async Task<string[]> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];
    }

    private async Task<string> CreateAsync(object body)
    {
        using var response = await fixture.Runner.PostAsJsonAsync(Configs, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<HttpResponseMessage> PutAsync(string id, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Configs}/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch == "*" ? EntityTagHeaderValue.Any : new EntityTagHeaderValue(ifMatch));
        }

        return await fixture.Runner.SendAsync(request);
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

            Assert.True(DateTime.UtcNow < deadline, $"simulation {location} is still {state}");
            await Task.Delay(100);
        }
    }
}
