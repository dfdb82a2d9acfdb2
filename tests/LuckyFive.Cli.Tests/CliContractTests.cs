namespace LuckyFive.Cli.Tests;

/// <summary>
/// docs/cli.md: an error prints <c>error: &lt;option&gt;: &lt;reason&gt;</c> on stderr, exits with 2 and writes nothing to
/// stdout; help is printed for <c>--help</c> only.
/// </summary>
public sealed class CliContractTests
{
    public static TheoryData<string[], string> ParseErrors => new()
    {
        { ["backtest", "--seed", "-1"], "error: --seed: must be a whole number in 0..18446744073709551615, got '-1'" },
        { ["backtest", "--seed", "abc"], "error: --seed: must be a whole number, got 'abc'" },
        { ["backtest", "--tickets", "2.5"], "error: --tickets: must be a whole number, got '2.5'" },
        { ["backtest", "--from", "99999999999"], "error: --from: must be a whole number in -2147483648..2147483647, got '99999999999'" },
        { ["backtest", "--seed"], "error: --seed: needs a value" },
        { ["backtest", "--foo"], "error: --foo: unknown option of 'luckyfive backtest'; 'luckyfive backtest --help' lists its options" },
        { ["backtest", "extra"], "error: extra: unknown argument of 'luckyfive backtest'" },
        { ["frobnicate"], "error: frobnicate: unknown command of 'luckyfive'; expected one of backtest, draws, simulate, sweep, import, cluster, keys, leaderboard, compare, db" },
        { [], "error: luckyfive: a command is needed; expected one of backtest, draws, simulate, sweep, import, cluster, keys, leaderboard, compare, db" },
        { ["draws"], "error: luckyfive draws: a command is needed; expected check or demo" },
        { ["draws", "check", "--sheet"], "error: --sheet: needs a value" },
    };

    public static TheoryData<string[], string> CommandErrors => new()
    {
        { ["--parallelism", "0"], "error: --parallelism: must be at least 1, got 0" },
        { ["--parallelism", "-1"], "error: --parallelism: must be at least 1, got -1" },
        { ["--batch-size", "0"], "error: --batch-size: must be at least 1, got 0" },
        { ["--culture", "fr-FR"], "error: --culture: unknown culture 'fr-FR'; one of pt-BR, en-US" },
        { ["--strategy", "astrology"], "error: --strategy: unknown strategy 'astrology'; one of frequency, hybrid, random, recency" },
        { ["--numbers", "20"], "error: --numbers: must be an integer in 5..15, got 20" },
        { ["--preset", "wild"], "error: --preset: unknown preset 'wild'; known: conservative, balanced, aggressive" },
        { ["--param", "alpha"], "error: --param: 'alpha' is not name=number (e.g. --param alpha=0.4)" },
        { ["--draws", "/nonexistent/draws.xlsx"], "error: --draws: no file at '/nonexistent/draws.xlsx'" },
        { ["--prices", "/nonexistent/prices.csv"], "error: --prices: no file at '/nonexistent/prices.csv'" },
        { ["--preset", "balanced", "--strategy", "random"], "error: --strategy: 'random' conflicts with the strategy 'hybrid' of the preset" },
    };

    [Theory]
    [MemberData(nameof(ParseErrors))]
    public async Task BadCommandLine_PrintsOneErrorLineAndNothingElse(string[] arguments, string expected)
    {
        var run = await CliProcess.RunAsync(arguments);

        AssertError(run, expected);
    }

    [Theory]
    [MemberData(nameof(CommandErrors))]
    public async Task BadBacktestValue_PrintsOneErrorLineAndNothingElse(string[] arguments, string expected)
    {
        var run = await CliProcess.RunAsync(["backtest", "--from", "990", "--to", "991", .. arguments]);

        AssertError(run, expected);
    }

    [Fact]
    public async Task Prices_FileWithoutTheColumns_NamesTheColumnsItNeeds()
    {
        using var prices = CliProcess.Temp(".csv", "from,price\n2020-01-01,100\n");

        var run = await CliProcess.RunAsync("backtest", "--from", "990", "--to", "991", "--prices", prices.Path);

        AssertError(run, $"error: --prices: '{prices.Path}': a price table needs the columns effective_from and base_price_cents; its header has from, price.");
    }

    [Fact]
    public async Task Prices_BadValue_NamesTheLine()
    {
        using var prices = CliProcess.Temp(".csv", "effective_from,base_price_cents\n2020-01-01,abc\n");

        var run = await CliProcess.RunAsync("backtest", "--from", "990", "--to", "991", "--prices", prices.Path);

        AssertError(run, $"error: --prices: '{prices.Path}': Price table line 2: base_price_cents 'abc' is not a positive integer.");
    }

    [Fact]
    public async Task Recipe_WithSeveralBadFields_ListsEveryOneUnderOneError()
    {
        using var recipe = CliProcess.Temp(".json", """{"version":1,"name":"x","strategy":"recency","seed":1,"parameters":{"lambda":7,"sim_preds":0}}""");

        var run = await CliProcess.RunAsync("backtest", "--recipe", recipe.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        var lines = run.Error.TrimEnd().Split(Environment.NewLine);
        Assert.Equal($"error: --recipe: '{recipe.Path}' is not a valid recipe:", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("  parameters.lambda", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  parameters.sim_preds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validation_WithSeveralProblems_PrintsOneErrorLineEach()
    {
        var run = await CliProcess.RunAsync("backtest", "--tickets", "0", "--numbers", "4");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(
            ["error: --tickets: must be an integer in 1..100, got 0", "error: --numbers: must be an integer in 5..15, got 4"],
            run.Error.TrimEnd().Split(Environment.NewLine).Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_IsPrintedOnStdoutWithExitZero(string flag)
    {
        var root = await CliProcess.RunAsync(flag);
        var backtest = await CliProcess.RunAsync("backtest", flag);

        Assert.Equal((0, ""), (root.ExitCode, root.Error));
        Assert.Contains("Usage:", root.Text, StringComparison.Ordinal);
        Assert.Contains("backtest", root.Text, StringComparison.Ordinal);
        Assert.Equal((0, ""), (backtest.ExitCode, backtest.Error));
        Assert.Contains("--parallelism", backtest.Text, StringComparison.Ordinal);
        Assert.Contains("--culture", backtest.Text, StringComparison.Ordinal);
    }

    private static void AssertError(CliRun run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected + Environment.NewLine, run.Error);
        Assert.Empty(run.Output);
    }
}
