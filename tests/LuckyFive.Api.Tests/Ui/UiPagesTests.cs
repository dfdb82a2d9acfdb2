using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LuckyFive.Api.Tests.Simulations;
using LuckyFive.Api.Tests.Sweeps;

namespace LuckyFive.Api.Tests.Ui;

/// <summary>The pages a signed-in reader sees, checked against what the JSON API says about the same work.</summary>
public sealed partial class UiPagesTests(SimulationsApiFixture fixture) : IClassFixture<SimulationsApiFixture>, IAsyncLifetime, IDisposable
{
    private readonly BrowserClient _browser = new(fixture.Api.Http.BaseAddress!);

    public async Task InitializeAsync() => (await _browser.SignInAsync(fixture.ReaderKey)).Dispose();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task SimulationPage_ShowsTheSummaryMoney_AndChartsDrawnFromEveryContest()
    {
        var simulation = await CompletedSimulationAsync(seed: 11);
        var summary = simulation.GetProperty("summary");

        var html = WebUtility.HtmlDecode(await _browser.Http.GetStringAsync(new Uri($"/ui/simulations/{simulation.GetProperty("id").GetString()}", UriKind.Relative)));

        Assert.Contains($"id=\"figure-net\">{Money(summary.GetProperty("net_cents").GetInt64())}<", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"figure-cost\">{Money(summary.GetProperty("cost_cents").GetInt64())}<", html, StringComparison.Ordinal);
        // One vertex per contest replayed; the drawdown area starts and ends on the zero line.
        var points = Polyline().Match(html).Groups[1].Value.Split(' ');
        Assert.Equal(summary.GetProperty("contests").GetInt32(), points.Length);
        Assert.Matches("class=\"series drawdown\" d=\"M[^\"]+ Z\"", html);
        // The captions state the curve's end and its deepest fall: the summary's net and maximum drawdown.
        Assert.Contains($"Final balance\n        <strong>{Money(summary.GetProperty("net_cents").GetInt64())}</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"maximum drawdown <strong>{Money(summary.GetProperty("max_drawdown_cents").GetInt64())}</strong>", html, StringComparison.Ordinal);
        // The hit chart's table: each bin's tickets as bet, and chance's expectation summing to every ticket bet.
        var histogram = summary.GetProperty("hit_histogram").EnumerateArray().Select(h => h.GetInt64()).ToArray();
        var rows = HitRow().Matches(html);
        Assert.Equal(6, rows.Count);
        for (var h = 0; h < 6; h++)
        {
            Assert.Equal(histogram[h].ToString("#,0", CultureInfo.InvariantCulture), rows[h].Groups[1].Value);
        }

        var expected = rows.Sum(r => double.Parse(r.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
        Assert.Equal(summary.GetProperty("tickets").GetInt64(), expected, tolerance: 1);
        Assert.Contains("id=\"tiers-chart\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverviewAndLeaderboard_ListACompletedSimulation_WithItsRoiAndVerdict()
    {
        var simulation = await CompletedSimulationAsync(seed: 12);
        var id = simulation.GetProperty("id").GetString()!;
        var roi = simulation.GetProperty("summary").GetProperty("roi").GetDouble();

        var overview = await _browser.Http.GetStringAsync(new Uri("/ui", UriKind.Relative));
        var leaderboard = await _browser.Http.GetStringAsync(new Uri("/ui/leaderboard?metric=roi", UriKind.Relative));

        Assert.Contains($"href=\"/ui/simulations/{id}\"", overview, StringComparison.Ordinal);
        Assert.Contains((roi * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %", overview, StringComparison.Ordinal);
        Assert.Matches("consistent with chance|beats chance", overview);
        Assert.Contains($"href=\"/ui/simulations/{id}\"", leaderboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SweepPage_PlotsEveryChildWithResults_AndListsTheBest()
    {
        var location = await SweepRuns.SubmitAsync(fixture.Runner, new { spec = SweepRuns.PowerGrid(3), from_contest = 6001, to_contest = 6100 });
        var sweep = await SweepRuns.WaitForFinalAsync(fixture.Reader, location);
        var best = await fixture.Reader.GetFromJsonAsync<JsonElement>(new Uri($"{location}/best?metric=roi", UriKind.Relative));

        var html = await _browser.Http.GetStringAsync(new Uri($"/ui/sweeps/{sweep.GetProperty("id").GetString()}?metric=roi&x=power", UriKind.Relative));

        Assert.Equal(sweep.GetProperty("progress").GetProperty("completed").GetInt32(), Point().Count(html));
        var firstRow = BestRow().Match(html);
        Assert.Equal($"#{best.GetProperty("child").GetProperty("index").GetInt32()}", firstRow.Groups[1].Value);
    }

    [Fact]
    public async Task Progress_ListsARunningSimulation_AndItsPageFollowsItsEvents()
    {
        using var submitted = await fixture.Runner.PostAsJsonAsync(
            "/api/v1/simulations", new { recipe = new { strategy = "random", seed = 99 }, from_contest = 1001, to_contest = 6800, tickets = 10, batch_size = 25 });
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var progress = await _browser.Http.GetFromJsonAsync<JsonElement>(new Uri("/ui/progress", UriKind.Relative));
        using var events = await _browser.Http.GetAsync(new Uri($"/ui/simulations/{id}/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var page = await _browser.Http.GetStringAsync(new Uri($"/ui/simulations/{id}", UriKind.Relative));
        using var cancel = await fixture.Runner.PostAsync(new Uri($"/api/v1/simulations/{id}/cancel", UriKind.Relative), null);

        Assert.Contains(progress.GetProperty("simulations").EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"data-follow=\"/ui/simulations/{id}/events\"", page, StringComparison.Ordinal);
        Assert.Contains("<progress id=\"simulation-progress\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSimulation_Is404Page()
    {
        using var response = await _browser.Http.GetAsync(new Uri("/ui/simulations/no-such-id", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No simulation has id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_AllowOnlyThisOriginsScriptsAndStyles()
    {
        using var page = await _browser.Http.GetAsync(new Uri("/ui", UriKind.Relative));
        using var script = await _browser.Http.GetAsync(new Uri("/ui/assets/live.js", UriKind.Relative));

        Assert.Equal("default-src 'self'; frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(script.Headers.ETag);
    }

    private async Task<JsonElement> CompletedSimulationAsync(int seed)
    {
        using var submitted = await fixture.Runner.PostAsJsonAsync(
            "/api/v1/simulations", new { recipe = new { strategy = "frequency", seed }, from_contest = 5001, to_contest = 5300, tickets = 5, window = 100 });
        var location = submitted.Headers.Location!;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await fixture.Reader.GetFromJsonAsync<JsonElement>(location);
            if (status.GetProperty("summary").ValueKind == JsonValueKind.Object)
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"simulation {location} is still {status.GetProperty("state")}");
            await Task.Delay(100);
        }
    }

    private static string Money(long cents) =>
        (cents < 0 ? "−" : "") + "R$ " + (Math.Abs((decimal)cents) / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex("class=\"series balance\" points=\"([^\"]+)\"")]
    private static partial Regex Polyline();

    [GeneratedRegex("<tr><th scope=\"row\">[0-5]</th><td>([0-9,]+)</td><td>([0-9,.]+)</td></tr>")]
    private static partial Regex HitRow();

    [GeneratedRegex("<circle class=\"point\"")]
    private static partial Regex Point();

    [GeneratedRegex("<table id=\"best-runs\">.*?<tbody>\\s*<tr>\\s*<td><a href=\"[^\"]+\">([^<]+)</a>", RegexOptions.Singleline)]
    private static partial Regex BestRow();
}
