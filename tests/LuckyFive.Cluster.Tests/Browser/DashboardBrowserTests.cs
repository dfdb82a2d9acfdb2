using System.Diagnostics;
using LuckyFive.Cluster.Tests.Product;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LuckyFive.Cluster.Tests.Browser;

/// <summary>
/// The Orleans dashboard in a real browser, signed in on LuckyFive's sign-in page with an admin key: it lists the
/// cluster's two silos as active, then a silo killed with SIGKILL as dead within 15 s. The dashboard lists active
/// silos only, so a silo declared dead leaves its host table and its "Active silos" count.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class DashboardBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan s_deadWithin = TimeSpan.FromSeconds(15);
    private readonly ProductCluster _cluster = new();
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        await _cluster.InitializeAsync();
        _chromium = await HeadlessChromium.LaunchAsync(_cluster.Api);
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_ShowsTwoActiveSilos_ThenAKilledSiloDeadWithin15Seconds()
    {
        await _chromium.SignInAsync(ProductCluster.AdminKey, "/dashboard/");
        var page = _chromium.Page;
        await page.GotoAsync("/dashboard/#/silos");
        // The host table (not the silo grid beside it, which groups silos by zone): one row per silo.
        var rows = page.Locator("table.table:not(.table-bordered) > tbody > tr:has(> td > a[href^='#/host/'])");
        await Assertions.Expect(rows.Filter(new() { Has = page.Locator("span.label", new() { HasText = "Active" }) })).ToHaveCountAsync(2);
        await _chromium.ScreenshotAsync("dashboard-two-silos");

        var killed = _cluster.Silos[1];
        var killedRow = rows.Filter(new() { HasText = $":{_cluster.SiloPortOf(killed)}@" });
        await Assertions.Expect(killedRow).ToHaveCountAsync(1);

        var clock = Stopwatch.StartNew();
        await killed.KillAsync();
        while (await killedRow.CountAsync() > 0 && clock.Elapsed < s_deadWithin + TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        var shownDead = clock.Elapsed;
        await _chromium.ScreenshotAsync("dashboard-silo-dead");
        output.WriteLine($"The dashboard stopped listing the killed silo as active {shownDead.TotalSeconds:F1} s after the kill.");

        Assert.True(shownDead < s_deadWithin, $"the dashboard still listed the killed silo as active {shownDead.TotalSeconds:F1} s after the kill");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Active Silos").Locator("xpath=..")).ToContainTextAsync("1");
    }
}
