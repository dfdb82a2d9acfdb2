namespace LuckyFive.Cli.Tests;

public sealed class DrawsCommandTests
{
    private const string PrizesUnknown = "Prizes: unknown (the file has no winners and prize columns for every tier)";

    [Fact]
    public async Task Check_OfficialWorkbook_ReportsEveryContestInserted()
    {
        var run = await CliProcess.RunAsync("draws", "check", "--draws", CliProcess.Workbook);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(
            [$"{CliProcess.Workbook}: 6.882 contests (1..6882)", "6.882 inserted, 0 updated, 0 unchanged, 0 rejected, 0 empty rows skipped"],
            run.Lines);
        Assert.DoesNotContain('\u001b', run.Text);
    }

    [Fact]
    public async Task Demo_WrittenAsCsv_ImportsBackAsTheDemoHistoryWithoutRejections()
    {
        var demo = await CliProcess.RunAsync("draws", "demo");
        var file = Path.Combine(Path.GetTempPath(), $"luckyfive-demo-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, demo.Text);
        try
        {
            var check = await CliProcess.RunAsync("draws", "check", "--draws", file);

            Assert.Equal((0, ""), (demo.ExitCode, demo.Error));
            Assert.Equal("contest,date,n1,n2,n3,n4,n5", demo.Lines[0]);
            Assert.Equal(1001, demo.Lines.Length);
            Assert.Equal((0, ""), (check.ExitCode, check.Error));
            Assert.Equal($"{file}: 1.000 contests (1..1000)", check.Lines[0]);
            Assert.Equal("1.000 inserted, 0 updated, 0 unchanged, 0 rejected, 0 empty rows skipped", check.Lines[1]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Check_EnglishCulture_GroupsCountsTheUsWay()
    {
        var run = await CliProcess.RunAsync("draws", "check", "--draws", CliProcess.Workbook, "--culture", "en-US");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal($"{CliProcess.Workbook}: 6,882 contests (1..6882)", run.Lines[0]);
    }

    [Fact]
    public async Task Check_FileWithoutPrizeColumns_SaysPrizesAreUnknown()
    {
        var run = await CliProcess.RunAsync("draws", "check", "--draws", CliProcess.ShortCsv);

        AssertReport(
            run,
            0,
            $"{CliProcess.ShortCsv}: 6.882 contests (1..6882)",
            "6.882 inserted, 0 updated, 0 unchanged, 0 rejected, 0 empty rows skipped",
            PrizesUnknown);
    }

    [Fact]
    public async Task Check_CsvWithABadRow_ExitsWithOneAndNamesRowColumnAndReason()
    {
        using var csv = CliProcess.Temp(".csv", "contest,date,n1,n2,n3,n4,n5\n1,2020-01-02,1,2,3,4,5\n2,2020-01-03,1,2,3,4,99\n");

        var run = await CliProcess.RunAsync("draws", "check", "--draws", csv.Path);

        AssertReport(
            run,
            1,
            $"{csv.Path}: 1 contests (1..1)",
            "1 inserted, 0 updated, 0 unchanged, 1 rejected, 0 empty rows skipped",
            PrizesUnknown,
            "  row 3, column \"n5\": number 99 is outside 1..80");
    }

    [Fact]
    public async Task Check_TruncatedWorkbook_ExitsWithTwoAndSaysWhy()
    {
        var bytes = await File.ReadAllBytesAsync(CliProcess.Workbook);
        var path = Path.Combine(Path.GetTempPath(), $"luckyfive-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
        try
        {
            var run = await CliProcess.RunAsync("draws", "check", "--draws", path);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Output);
            Assert.StartsWith($"error: --draws: '{path}' could not be read: The file is not a readable .xlsx workbook: ", run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.TrimEnd().Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("LOTOFACIL", "error: --draws: '{0}' could not be read: The workbook has no sheet named \"LOTOFACIL\"; its sheets are \"QUINA\".")]
    public async Task Check_UnknownSheet_ListsTheSheets(string sheet, string expected)
    {
        var run = await CliProcess.RunAsync("draws", "check", "--draws", CliProcess.Workbook, "--sheet", sheet);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, CliProcess.Workbook) + Environment.NewLine, run.Error);
    }

    [Theory]
    [InlineData("", "The file is empty: it has no header row.")]
    [InlineData("contest,date\n1,2020-01-02\n", "The header row has no column for the number 1 (\"Bola1\")")]
    public async Task Check_UnusableCsv_ExitsWithTwoAndSaysWhy(string content, string reason)
    {
        using var csv = CliProcess.Temp(".csv", content);

        var run = await CliProcess.RunAsync("draws", "check", "--draws", csv.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith($"error: --draws: '{csv.Path}' could not be read: {reason}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithoutDraws_ExitsWithTwo()
    {
        var run = await CliProcess.RunAsync("draws", "check");

        Assert.Equal((2, "error: --draws: required; give the results file to check" + Environment.NewLine), (run.ExitCode, run.Error));
        Assert.Empty(run.Output);
    }

    /// <summary>The check ran, printed exactly <paramref name="lines"/> on stdout and nothing on stderr.</summary>
    private static void AssertReport(CliRun run, int exitCode, params string[] lines)
    {
        Assert.Equal((exitCode, ""), (run.ExitCode, run.Error));
        Assert.Equal(lines, run.Lines);
    }
}
