using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LuckyFive.Cluster.Tests.Product;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LuckyFive.Cluster.Tests.Browser;

/// <summary>
/// LuckyFive's pages in a real browser against a deployed cluster (two silo processes, the API as their client): a
/// runner signs in, follows a simulation's progress bar to completion and sees its charts, then the overview, a
/// sweep's page and the leaderboard, all without a console error (a refused script or style is one).
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class PagesBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ProductCluster _cluster = new();
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        await _cluster.InitializeAsync();
        _chromium = await HeadlessChromium.LaunchAsync(_cluster.Api);
        await _chromium.Page.GotoAsync("/ui/sign-in");
        await AssertAccessibleAsync();
        await _chromium.SignInAsync(_cluster.RunnerKey);
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task SimulationPage_ProgressBarAdvancesToCompletion_ThenTheChartsRender()
    {
        // Small batches over most of the history: long enough to watch the bar move.
        var id = await _cluster.SubmitAsync(new { recipe = new { strategy = "random", seed = 5 }, from_contest = 1001, to_contest = 6800, tickets = 5, batch_size = 5 });
        var page = _chromium.Page;
        await page.GotoAsync($"/ui/simulations/{id}");

        var seen = new List<double>();
        var charts = page.Locator("#equity-chart svg polyline.balance");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await charts.CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no charts 3 minutes after submitting; progress seen: {string.Join(", ", seen)}");
            if (await ProgressAsync(page) is { } percent && (seen.Count == 0 || percent != seen[^1]))
            {
                seen.Add(percent);
                if (seen.Count == 3)
                {
                    await _chromium.ScreenshotAsync("simulation-running");
                }
            }

            await Task.Delay(150);
        }

        await _chromium.ScreenshotAsync("simulation-completed");
        await AssertAccessibleAsync();
        output.WriteLine($"Progress shown: {string.Join(", ", seen.Select(p => p.ToString(CultureInfo.InvariantCulture)))}");
        Assert.True(seen.Count >= 3, $"the bar moved only through {string.Join(", ", seen)}");
        Assert.Equal(seen.Order(), seen);
        Assert.True(seen[0] < 100, "the bar started complete");
        await Assertions.Expect(page.Locator("#simulation-state")).ToHaveTextAsync("completed");
        var vertices = (await charts.GetAttributeAsync("points"))!.Split(' ').Length;
        Assert.Equal(6800 - 1001 + 1, vertices);
        await Assertions.Expect(page.Locator("#hits-chart rect.bar")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("#tiers-chart rect.bar")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#verdict")).ToContainTextAsync("chance");
        Assert.Empty(_chromium.Problems);
    }

    [Fact]
    public async Task OverviewSweepAndLeaderboard_RenderAndAreReachableByKeyboard()
    {
        var simulation = await _cluster.SubmitAsync(new { recipe = new { strategy = "frequency", seed = 8 }, from_contest = 6001, to_contest = 6300, tickets = 5, window = 100 });
        await _cluster.WaitForFinalAsync(simulation, TimeSpan.FromMinutes(2));
        var sweep = await SweepAsync();
        var page = _chromium.Page;

        await page.GotoAsync("/ui");
        await Assertions.Expect(page.Locator($"#recent-results a[href='/ui/simulations/{simulation}']")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(":focus")).ToHaveTextAsync("Skip to the content");
        await _chromium.ScreenshotAsync("overview");
        await AssertAccessibleAsync();

        // New work is announced without taking the page away; "Show it" brings its row with a live bar.
        var started = await _cluster.SubmitAsync(new { recipe = new { strategy = "random", seed = 6 }, from_contest = 1001, to_contest = 6800, tickets = 5, batch_size = 5 });
        await Assertions.Expect(page.Locator("#work-changed")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Show it" }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-active-simulation='{started}'] progress")).ToHaveCountAsync(1);
        (await _cluster.Runner.PostAsync(new Uri($"/api/v1/simulations/{started}/cancel", UriKind.Relative), null)).Dispose();

        await page.GotoAsync($"/ui/sweeps/{sweep.GetProperty("id").GetString()}");
        await page.GetByLabel("Metric").SelectOptionAsync("mean_hits_per_ticket");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("metric=mean_hits_per_ticket", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#sweep-scatter circle.point")).ToHaveCountAsync(sweep.GetProperty("progress").GetProperty("completed").GetInt32());
        await Assertions.Expect(page.Locator("#best-runs tbody tr")).Not.ToHaveCountAsync(0);
        await _chromium.ScreenshotAsync("sweep");
        await AssertAccessibleAsync();

        await page.GotoAsync("/ui/leaderboard");
        await page.GetByLabel("Metric").SelectOptionAsync("z");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("metric=z", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator($"#leaderboard a[href='/ui/simulations/{simulation}']")).ToHaveCountAsync(1);
        await _chromium.ScreenshotAsync("leaderboard");
        await AssertAccessibleAsync();
        Assert.Empty(_chromium.Problems);
    }

    private async Task AssertAccessibleAsync()
    {
        var violations = await _chromium.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"{_chromium.Page.Url}:\n{string.Join('\n', violations)}");
    }

    private static async Task<double?> ProgressAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<double?>("() => document.getElementById('simulation-progress')?.value ?? null");
        }
        catch (PlaywrightException)
        {
            // The page is reloading itself now that the simulation is final.
            return null;
        }
    }

    private async Task<JsonElement> SweepAsync()
    {
        var spec = new
        {
            version = 1,
            name = "power_grid",
            base_recipe = new { version = 1, name = "base", strategy = "frequency", seed = 4, parameters = new { sim_preds = 5, sim_prev_max = 100 } },
            parameters = new[] { new { name = "power", type = "discrete", values = new[] { 0, 1, 2 } } },
            replicates = 2,
        };
        using var submitted = await _cluster.Runner.PostAsJsonAsync(new Uri("/api/v1/sweeps", UriKind.Relative), new { spec, from_contest = 6001, to_contest = 6100 });
        var location = submitted.Headers.Location ?? throw new InvalidOperationException(await submitted.Content.ReadAsStringAsync());
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var sweep = await _cluster.Runner.GetFromJsonAsync<JsonElement>(location);
            if (sweep.GetProperty("state").GetString() is "completed" or "cancelled")
            {
                return sweep;
            }

            Assert.True(DateTime.UtcNow < deadline, $"sweep {location} is still {sweep.GetProperty("state")}");
            await Task.Delay(200);
        }
    }
}
