using LuckyFive.GrainInterfaces.Draws;
using LuckyFive.Grains.Draws;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Grains.Tests.Draws;

/// <summary>Imports through the grain on three silos: reports across the wire, and every silo picking up a new version.</summary>
[Collection(DrawsCluster.Group)]
public sealed class DrawImportGrainTests(DrawsCluster cluster)
{
    private IDrawImportGrain Importer => cluster.Grains.GetDrawImportGrain();

    [Fact]
    public async Task ImportAsync_OnOneSilo_EverySilosSourceSeesTheNewVersionWithoutARestart()
    {
        var sources = cluster.SiloServices.Select(s => s.GetRequiredService<IDrawHistorySource>()).ToArray();
        var before = await Task.WhenAll(sources.Select(s => s.CurrentVersionAsync()));
        await Task.WhenAll(sources.Zip(before).Select(p => p.First.GetAsync(p.Second))); // each silo holds the old version

        var outcome = await Importer.ImportAsync(DrawFiles.ShortCsv((90_001, "2030-01-02", [1, 2, 3, 4, 5])), "next.csv");
        var version = outcome.Summary!.Version;
        var seen = await Task.WhenAll(sources.Select(s => DrawHistorySourceTests.WaitForVersionAsync(s, version)));
        var histories = await Task.WhenAll(sources.Select(s => s.GetAsync(version)));

        Assert.Equal(3, sources.Length);
        Assert.All(before, v => Assert.True(v < version));
        Assert.All(seen, v => Assert.Equal(version, v));
        Assert.All(histories, h => Assert.True(h.Contains(90_001)));
        Assert.All(histories, h => Assert.Equal(DrawFiles.OfficialHistory[6882], h[6882]));
    }

    [Fact]
    public async Task ImportAsync_SameWorkbookAgain_ReportsEverythingUnchangedAndKeepsTheVersion()
    {
        var current = await cluster.Grains.GetDrawQueryGrain().CurrentVersionAsync();

        var outcome = await Importer.ImportAsync(DrawFiles.Workbook, "Quina.xlsx");

        Assert.Null(outcome.FileProblem);
        Assert.Equal(
            new DrawImportSummary(current, false, "xlsx", 0, 0, 6882, 0, []),
            outcome.Summary! with { Rejections = [] });
        Assert.Empty(outcome.Summary.Rejections);
    }

    [Fact]
    public async Task ImportAsync_RejectedRow_ReachesTheCallerWithRowColumnAndReason()
    {
        var file = "contest,date,n1,n2,n3,n4,n5\n90002,2030-01-05,1,2,3,4,5\n90003,2030-01-06,1,2,3,4,99\n"u8.ToArray();

        var outcome = await Importer.ImportAsync(file, "one-bad.csv");

        Assert.Equal((1, 0, 1), (outcome.Summary!.Inserted, outcome.Summary.Updated, outcome.Summary.Rejected));
        Assert.Equal(new DrawRowRejection(3, "n5", "number 99 is outside 1..80"), Assert.Single(outcome.Summary.Rejections));
        Assert.Equal("csv", outcome.Summary.Format);
    }

    [Theory]
    [InlineData(0, "The file is empty")]
    [InlineData(4000, "The file is not a readable .xlsx workbook")]
    public async Task ImportAsync_UnreadableFile_AnswersTheDomainsProblemAndImportsNothing(int bytes, string problem)
    {
        var current = await cluster.Grains.GetDrawQueryGrain().CurrentVersionAsync();

        var outcome = await Importer.ImportAsync(DrawFiles.Workbook[..bytes], "broken.xlsx");

        Assert.StartsWith(problem, outcome.FileProblem, StringComparison.Ordinal);
        Assert.Null(outcome.Summary);
        Assert.Equal(current, await cluster.Grains.GetDrawQueryGrain().CurrentVersionAsync());
    }
}
