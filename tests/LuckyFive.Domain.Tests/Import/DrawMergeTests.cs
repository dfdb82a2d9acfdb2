using System.Text;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.Domain.Tests.TestData;

namespace LuckyFive.Domain.Tests.Import;

public sealed class DrawMergeTests
{
    [Fact]
    public void Merge_IntoEmptyHistory_InsertsEveryContest()
    {
        var result = DrawImporter.Merge(DrawHistory.Empty, RealFiles.Workbook);

        Assert.Equal(RealFiles.ContestCount, result.Report.Inserted);
        Assert.Equal(0, result.Report.Updated);
        Assert.Equal(0, result.Report.Unchanged);
        Assert.Equal(0, result.Report.Rejected);
        Assert.Equal(RealFiles.ContestCount, result.History.Count);
        Assert.Equal(1, result.History.FirstContest);
        Assert.Equal(RealFiles.ContestCount, result.History.LastContest);
    }

    [Fact]
    public void Merge_SameWorkbookTwice_ReportsEveryContestUnchanged()
    {
        var first = DrawImporter.Merge(DrawHistory.Empty, RealFiles.Workbook).History;

        using var stream = SharedData.OpenQuinaFile("Quina.xlsx");
        var second = DrawImporter.Import(first, stream);

        Assert.Equal(0, second.Report.Inserted);
        Assert.Equal(0, second.Report.Updated);
        Assert.Equal(RealFiles.ContestCount, second.Report.Unchanged);
        Assert.Same(first, second.History);
    }

    [Fact]
    public void Merge_CsvWithOneChangedRow_ReportsOneUpdateAndKeepsTheRest()
    {
        var history = DrawImporter.Merge(DrawHistory.Empty, RealFiles.Workbook).History;
        var csv = File.ReadAllText(SharedData.QuinaFile("quina-draws-full.csv"))
            .Replace("4085,16/05/2016,10,28,57,75,80,1,", "4085,16/05/2016,10,28,57,75,80,2,", StringComparison.Ordinal);

        var result = DrawImporter.Import(history, new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(1, result.Report.Updated);
        Assert.Equal(RealFiles.ContestCount - 1, result.Report.Unchanged);
        Assert.Equal(0, result.Report.Inserted);
        Assert.Equal(2, result.History[4085].Quina.Winners);
        Assert.Equal(1, history[4085].Quina.Winners);
        Assert.Equal(history[4084], result.History[4084]);
    }

    [Fact]
    public void Merge_PartialFile_InsertsNewContestsAndKeepsThoseNotInTheFile()
    {
        var existing = new DrawHistory(RealFiles.Workbook.Draws.Take(10));
        var parsed = DrawImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(SampleSheet.Csv(
            SampleSheet.Good(11), SampleSheet.Good(12), SampleSheet.Row("13", "x", "1", "2", "3", "4", "5")))));

        var result = DrawImporter.Merge(existing, parsed);

        Assert.Equal(2, result.Report.Inserted);
        Assert.Equal(1, result.Report.Rejected);
        Assert.Equal(12, result.History.Count);
        Assert.Equal(existing[1], result.History[1]);
        Assert.Single(result.Report.Rejections, r => r.Row == 4);
    }
}
