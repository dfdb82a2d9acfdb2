using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LuckyFive.Cluster.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, which <c>./test.sh</c> installs) driven headless by Playwright, one
/// page at a time. It records every console error and refused resource, so a test can assert that the page ran
/// cleanly under its Content-Security-Policy, and writes screenshots under <see cref="ScreenshotFolder"/>.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _problems = [];

    private HeadlessChromium(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_problems)
                {
                    _problems.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_problems)
            {
                _problems.Add(error);
            }
        };
    }

    /// <summary>Where screenshots go: <c>screenshots/</c> beside the test assembly, kept after the run.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions so far (a CSP refusal is a console error).</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>A laptop-sized (1366×768) headless page on <paramref name="baseUrl"/>.</summary>
    public static async Task<HeadlessChromium> LaunchAsync(Uri baseUrl)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing; ./test.sh installs it (apt-get install chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(30_000);
        return new HeadlessChromium(playwright, browser, context, await context.NewPageAsync());
    }

    /// <summary>Signs in on the sign-in page with <paramref name="key"/>, as a person types it.</summary>
    public async Task SignInAsync(string key, string returnPath = "/ui")
    {
        await Page.GotoAsync($"/ui/sign-in?return_url={Uri.EscapeDataString(returnPath)}");
        await Page.GetByLabel("API key").FillAsync(key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(returnPath, StringComparison.Ordinal));
    }

    /// <summary>
    /// axe-core's WCAG 2 A and AA rules on the page as it is now: every violation, as "rule: nodes". Empty means
    /// labelled controls, sufficient text contrast, named images and charts, and a sound heading and landmark structure.
    /// </summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        var results = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return [.. results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}: {string.Join("; ", v.Nodes.Select(n => string.Join(' ', n.Target)))}")];
    }

    /// <summary>A full-page screenshot named <paramref name="name"/>.png; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
