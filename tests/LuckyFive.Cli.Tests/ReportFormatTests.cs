using System.Text.RegularExpressions;

namespace LuckyFive.Cli.Tests;

/// <summary>The report when stdout is not a terminal: plain lines, never wrapped, and one number style throughout.</summary>
public sealed partial class ReportFormatTests
{
    // Contests 501..2100 at 20 tickets: more than a thousand tickets and contests, 1,556 of them before the first known price.
    private static readonly string[] Range = ["backtest", "--draws", CliProcess.Workbook, "--from", "501", "--to", "2100", "--strategy", "random", "--tickets", "20"];

    [Fact]
    public async Task Report_DefaultCulture_WritesEveryNumberInPortugueseStyle()
    {
        var run = await CliProcess.RunAsync(Range);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var lines = run.Lines;
        Assert.Equal("random · contests 501..2100 · 20 tickets × 5 numbers · window 500 · seed 42", lines[0]);
        AssertLine(lines, "Contests", "1.600");
        AssertLine(lines, "Tickets", "32.000");
        AssertLine(lines, "Contests at assumed price", "1.556");
        Assert.Matches(@"^Cost +R\$ \d{1,3}(\.\d{3})*,\d{2}$", Line(lines, "Cost"));
        Assert.Matches(@"^Net +-?R\$ \d{1,3}(\.\d{3})*,\d{2}$", Line(lines, "Net"));
        Assert.Matches(@"^ROI +-?\d+,\d{2} %$", Line(lines, "ROI"));
        Assert.Matches(@"^Average best hits +\d,\d{3}$", Line(lines, "Average best hits"));
        Assert.Matches(@"^ +0 +\d{1,3}(\.\d{3})+ +quina \(5\) +\d+$", lines.Single(l => l.Contains("quina (5)", StringComparison.Ordinal)));
        Assert.Matches(
            @"^Mean hits per ticket \d,\d{4} \(chance 0,3125\); z = -?\d+,\d{2}, one-sided p = [\d,E+-]+; beats chance at 5%: (yes|no)$",
            lines[^1]);
    }

    [Fact]
    public async Task Report_EnglishCulture_WritesTheSameFiguresInUsStyle()
    {
        var portuguese = await CliProcess.RunAsync(Range);
        var english = await CliProcess.RunAsync([.. Range, "--culture", "en-US"]);

        Assert.Equal((0, ""), (english.ExitCode, english.Error));
        AssertLine(english.Lines, "Tickets", "32,000");
        AssertLine(english.Lines, "Contests at assumed price", "1,556");
        Assert.Matches(@"^ROI +-?\d+\.\d{2}%$", Line(english.Lines, "ROI"));
        Assert.Equal(Swap(Line(portuguese.Lines, "Cost")), Line(english.Lines, "Cost"));
        Assert.Equal(Swap(Line(portuguese.Lines, "Net")), Line(english.Lines, "Net"));
    }

    [Fact]
    public async Task Report_NotATerminal_HasNoEscapeCodesAndNoLineBreaksInsideALine()
    {
        var run = await CliProcess.RunAsync(Range);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.DoesNotContain('\u001b', run.Text);
        Assert.True(run.Lines[^1].Length > 80, "the last line is longer than 80 columns and must not be wrapped");
        Assert.Equal(1, run.Lines.Count(l => l.StartsWith("Mean hits per ticket", StringComparison.Ordinal)));
        Assert.DoesNotContain(run.Lines, l => l.StartsWith(' ') && l.Contains("beats chance", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_IsTheSameWhateverTheCulture()
    {
        var portuguese = await CliProcess.RunAsync("backtest", "--from", "900", "--to", "960", "--json", "--culture", "pt-BR");
        var english = await CliProcess.RunAsync("backtest", "--from", "900", "--to", "960", "--json", "--culture", "en-US");

        Assert.Equal((0, CliProcess.DemoNotice), (portuguese.ExitCode, portuguese.Error));
        Assert.Equal((0, CliProcess.DemoNotice), (english.ExitCode, english.Error));
        Assert.Equal(portuguese.Output, english.Output);
        Assert.Contains("\"roi\":-", portuguese.Text, StringComparison.Ordinal);
        Assert.Matches("\"average_best_hits\":\\d\\.\\d+", portuguese.Text);
    }

    /// <summary>The summary line of <paramref name="label"/>: the label, then the padding of at least two spaces before its value.</summary>
    private static string Line(string[] lines, string label) =>
        lines.Single(l => l.StartsWith(label, StringComparison.Ordinal) && LabelPattern().IsMatch(l[label.Length..]));

    private static void AssertLine(string[] lines, string label, string value) => Assert.Matches($"^{Regex.Escape(label)} +{Regex.Escape(value)}$", Line(lines, label));

    /// <summary>pt-BR to en-US: swap the two separators.</summary>
    private static string Swap(string text) => string.Concat(text.Select(c => c switch { '.' => ',', ',' => '.', _ => c }));

    [GeneratedRegex("^  +[^ ]")]
    private static partial Regex LabelPattern();
}
