using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.Api.Tests.Simulations;

namespace LuckyFive.Api.Tests.Sweeps;

/// <summary>The sweeps and sweep-configs API on a co-hosted silo: results, best, plot points, cancel, configs, and every error.</summary>
public sealed class SweepsApiTests(SimulationsApiFixture fixture) : IClassFixture<SimulationsApiFixture>
{
    private static readonly object s_powerGrid = SweepRuns.PowerGrid(seed: 7);

    [Fact]
    public async Task Sweep_Completes_WithEveryChildsMetrics_TheBest_AndPlotPoints()
    {
        var location = await SubmitAsync(new { spec = s_powerGrid, from_contest = 6001, to_contest = 6150, concurrency = 3 });
        var final = await WaitForFinalAsync(location);

        var results = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/results");
        var children = results.GetProperty("items").EnumerateArray().ToArray();
        var best = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/best?metric=roi");
        var plot = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/visualization?metrics=z,quadra");
        var child = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/simulations/{children[4].GetProperty("simulation_id").GetString()}");

        Assert.Equal("completed", final.GetProperty("state").GetString());
        Assert.Equal(6, final.GetProperty("progress").GetProperty("completed").GetInt32());
        Assert.Equal(100, final.GetProperty("progress").GetProperty("percent").GetDouble());
        Assert.Equal(["power"], final.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(6, children.Length);
        Assert.All(children, c => Assert.Equal("completed", c.GetProperty("state").GetString()));
        var rois = children.Select(c => c.GetProperty("metrics").GetProperty("roi").GetDouble()).ToArray();
        Assert.Equal(rois.Max(), best.GetProperty("value").GetDouble());
        Assert.Equal(Array.IndexOf(rois, rois.Max()), best.GetProperty("child").GetProperty("index").GetInt32());
        Assert.Equal(6, best.GetProperty("ranked").GetInt32());
        Assert.True(best.GetProperty("higher_is_better").GetBoolean());
        Assert.Equal(["z", "quadra"], plot.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(6, plot.GetProperty("points").GetArrayLength());
        Assert.Equal(2.0, plot.GetProperty("points")[4].GetProperty("parameters").GetProperty("power").GetDouble());
        Assert.Equal(children[4].GetProperty("metrics").GetProperty("z").GetDouble(), plot.GetProperty("points")[4].GetProperty("metrics").GetProperty("z").GetDouble());
        Assert.Equal(2.0, child.GetProperty("parameters").GetProperty("power").GetDouble());
        Assert.Equal(children[4].GetProperty("seed").GetUInt64(), child.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public async Task Results_Pages_InIndexOrder()
    {
        var location = await SubmitAsync(new { spec = s_powerGrid, from_contest = 6101, to_contest = 6110 });
        await WaitForFinalAsync(location);

        var first = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/results?limit=4");
        var second = await fixture.Reader.GetFromJsonAsync<JsonElement>($"{location}/results?limit=4&cursor={first.GetProperty("next_cursor").GetString()}");

        Assert.Equal([0, 1, 2, 3], first.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("index").GetInt32()));
        Assert.Equal([4, 5], second.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("index").GetInt32()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
    }

    [Fact]
    public async Task Cancel_EndsTheSweepCancelled_AndListFiltersByState()
    {
        var slow = new
        {
            version = 1,
            name = "slow",
            base_recipe = new { version = 1, name = "base", strategy = "hybrid", seed = 3, parameters = new { sim_preds = 20 } },
            parameters = new[] { new { name = "alpha", type = "range", min = 0.1, max = 0.5, step = 0.1 } },
        };
        var location = await SubmitAsync(new { spec = slow, from_contest = 4001, to_contest = 6000, concurrency = 1, batch_size = 10 });

        using var cancelled = await fixture.Runner.PostAsync($"{location}/cancel", null);
        var body = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        var list = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/sweeps?state=cancelled");

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", body.GetProperty("state").GetString());
        Assert.Equal(0, body.GetProperty("progress").GetProperty("running").GetInt32());
        Assert.Equal(5, body.GetProperty("progress").GetProperty("cancelled").GetInt32() + body.GetProperty("progress").GetProperty("completed").GetInt32());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), s => s.GetProperty("links").GetProperty("self").GetString() == location.OriginalString);
        Assert.All(list.GetProperty("items").EnumerateArray(), s => Assert.Equal("cancelled", s.GetProperty("state").GetString()));
    }

    [Theory]
    [InlineData("""{"from_contest":6001,"to_contest":6010}""", "spec")]
    [InlineData("""{"spec":"power_grid","from_contest":6001,"to_contest":6010}""", "spec")]
    [InlineData("""{"spec":{"version":1},"sweep_config_id":"x","from_contest":6001,"to_contest":6010}""", "spec")]
    [InlineData("""{"sweep_config_id":"nope","from_contest":6001,"to_contest":6010}""", "sweep_config_id")]
    [InlineData("""{"spec":{"version":1,"name":"n","base_recipe":{"version":1,"name":"b","strategy":"frequency","seed":1},"parameters":[{"name":"power","type":"discrete","values":[1,99]}]},"from_contest":6001,"to_contest":6010}""", "spec.parameters[0].values[1]")]
    [InlineData("""{"spec":{"version":1,"name":"n","base_recipe":{"version":1,"name":"b","strategy":"frequency","seed":1},"parameters":[{"name":"power","type":"discrete","values":[1]}]},"to_contest":6010}""", "from_contest")]
    [InlineData("""{"spec":{"version":1,"name":"n","base_recipe":{"version":1,"name":"b","strategy":"frequency","seed":1},"parameters":[{"name":"power","type":"discrete","values":[1]}]},"from_contest":6001,"to_contest":99999}""", "to_contest")]
    [InlineData("""{"spec":{"version":1,"name":"n","base_recipe":{"version":1,"name":"b","strategy":"frequency","seed":1},"parameters":[{"name":"power","type":"discrete","values":[1]}]},"from_contest":6001,"to_contest":6010,"concurrency":0}""", "concurrency")]
    [InlineData("""{"spec":{"version":1,"name":"n","base_recipe":{"version":1,"name":"b","strategy":"frequency","seed":1},"parameters":[{"name":"power","type":"discrete","values":[1]}]},"from_contest":6001,"to_contest":6010,"holdout":0.7}""", "holdout")]
    [InlineData("""{"spec":{"version":1,"name":"n","base_recipe":{"version":1,"name":"b","strategy":"frequency","seed":1},"parameters":[{"name":"power","type":"range","min":0,"max":10,"step":0.0001}],"max_variations":1000000},"from_contest":6001,"to_contest":6010}""", "spec.max_variations")]
    public async Task Submit_Invalid_Is400NamingTheField(string body, string field)
    {
        using var response = await fixture.Runner.PostAsync("/api/v1/sweeps", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error on '{field}': {problem}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/results")]
    [InlineData("/best")]
    [InlineData("/visualization")]
    [InlineData("/replicates")]
    [InlineData("/overfitting")]
    public async Task UnknownSweep_Is404(string path)
    {
        using var response = await fixture.Reader.GetAsync($"/api/v1/sweeps/nope{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownMetric_Is400ListingTheKnownOnes_CancelUnknown404_ReaderCannotStart()
    {
        var location = await SubmitAsync(new { spec = s_powerGrid, from_contest = 6001, to_contest = 6005 });

        using var best = await fixture.Reader.GetAsync($"{location}/best?metric=luck");
        using var plot = await fixture.Reader.GetAsync($"{location}/visualization?metrics=roi,luck");
        using var cancel = await fixture.Runner.PostAsync("/api/v1/sweeps/nope/cancel", null);
        using var byReader = await fixture.Reader.PostAsJsonAsync("/api/v1/sweeps", new { spec = s_powerGrid, from_contest = 6001, to_contest = 6005 });

        Assert.Equal(HttpStatusCode.BadRequest, best.StatusCode);
        Assert.Contains("one of roi, net_cents", await best.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, plot.StatusCode);
        Assert.Contains("unknown metric 'luck'", await plot.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        await WaitForFinalAsync(location);
    }

    [Fact]
    public async Task SweepConfigs_Create_List_Replace_Run_Delete()
    {
        var name = $"powers {Guid.NewGuid():N}";
        using var created = await fixture.Runner.PostAsJsonAsync("/api/v1/sweep-configs", new { name, description = "three powers", spec = s_powerGrid });
        var config = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = config.GetProperty("id").GetString();
        using var sameName = await fixture.Runner.PostAsJsonAsync("/api/v1/sweep-configs", new { name = name.ToUpperInvariant(), spec = s_powerGrid });
        using var replaced = await fixture.Runner.PutAsJsonAsync($"/api/v1/sweep-configs/{id}", new { name = name + " v2", spec = s_powerGrid });
        var sweep = await SubmitAsync(new { sweep_config_id = id, from_contest = 6001, to_contest = 6005 });
        var used = await fixture.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/sweep-configs/{id}");
        var list = await fixture.Reader.GetFromJsonAsync<JsonElement>("/api/v1/sweep-configs?limit=500");
        var sweepView = await WaitForFinalAsync(sweep);
        using var deleted = await fixture.Runner.DeleteAsync($"/api/v1/sweep-configs/{id}");
        using var gone = await fixture.Reader.GetAsync($"/api/v1/sweep-configs/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/sweep-configs/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("power_grid", config.GetProperty("spec").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, sameName.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(name + " v2", used.GetProperty("name").GetString());
        Assert.Equal(1, used.GetProperty("times_used").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, used.GetProperty("last_used_at").ValueKind);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        Assert.Equal(id, sweepView.GetProperty("sweep_config_id").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"spec":{}}""", "name")]
    [InlineData("""{"name":"x"}""", "spec")]
    [InlineData("""{"name":"x","spec":{"version":2}}""", "spec.version")]
    public async Task SweepConfigs_Invalid_Is400NamingTheField(string body, string field)
    {
        using var response = await fixture.Runner.PostAsync("/api/v1/sweep-configs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error on '{field}': {problem}");
    }

    [Fact]
    public async Task SweepConfigs_UnknownId_Is404_ReaderCannotWrite()
    {
        using var get = await fixture.Reader.GetAsync("/api/v1/sweep-configs/nope");
        using var put = await fixture.Runner.PutAsJsonAsync("/api/v1/sweep-configs/nope", new { name = "n", spec = s_powerGrid });
        using var delete = await fixture.Runner.DeleteAsync("/api/v1/sweep-configs/nope");
        using var byReader = await fixture.Reader.PostAsJsonAsync("/api/v1/sweep-configs", new { name = "n", spec = s_powerGrid });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
    }

    private Task<Uri> SubmitAsync(object body) => SweepRuns.SubmitAsync(fixture.Runner, body);

    private Task<JsonElement> WaitForFinalAsync(Uri location) => SweepRuns.WaitForFinalAsync(fixture.Reader, location);
}
