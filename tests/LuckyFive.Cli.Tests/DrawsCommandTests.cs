namespace LuckyFive.Cli.Tests;

public sealed class DrawsCommandTests
{
    [Fact]
    public async Task Check_OfficialWorkbook_ReportsEveryContestInserted()
    {
        var run = await CliProcess.RunAsync("draws", "check", "--draws", CliProcess.Workbook);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("6882 contests (1..6882)", run.Text, StringComparison.Ordinal);
        Assert.Contains("6882 inserted", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CsvWithABadRow_ExitsWithOneAndNamesRowColumnAndReason()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"luckyfive-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "contest,date,n1,n2,n3,n4,n5\n1,2020-01-02,1,2,3,4,5\n2,2020-01-03,1,2,3,4,99\n");
        try
        {
            var run = await CliProcess.RunAsync("draws", "check", "--draws", csv);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("row 3", run.Text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("n5", run.Text, StringComparison.Ordinal);
            Assert.Contains("99", run.Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
