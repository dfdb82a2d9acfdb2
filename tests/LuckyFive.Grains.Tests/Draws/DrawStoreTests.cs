using System.Diagnostics;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.Grains.Tests.Database;
using LuckyFive.TestSupport;
using Xunit.Abstractions;

namespace LuckyFive.Grains.Tests.Draws;

/// <summary>The versioned draws in a real PostgreSQL: imports, versions, and reading any version back.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class DrawStoreTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task ImportAsync_OfficialWorkbookIntoAnEmptyStore_LoadsBackEqualToTheDomainsHistory()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);

        var watch = Stopwatch.StartNew();
        var import = await database.ImportAsync(DrawFiles.Workbook, "Quina.xlsx");
        output.WriteLine($"First import of Quina.xlsx ({import.Report.Inserted} contests), cold process: {watch.Elapsed.TotalMilliseconds:F0} ms");
        await ReportWarmImportTimesAsync();
        var loaded = await database.NewStore().LoadAsync(1, CancellationToken.None);

        Assert.Equal((1, true, 6882, 0, 0, 0), (import.Version, import.CreatedVersion, import.Report.Inserted, import.Report.Updated, import.Report.Unchanged, import.Report.Rejected));
        Assert.NotNull(loaded);
        Assert.Equal(DrawFiles.OfficialHistory.Draws, loaded.Draws); // record equality of every field of every draw
        Assert.Equal(
            ("Quina.xlsx", "xlsx", 6882),
            await ReadVersionRowAsync(database, 1));
    }

    [Fact]
    public async Task ImportAsync_SameWorkbookAgainOrItsCsv_ReportsEverythingUnchangedAndWritesNoVersion()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        await database.ImportAsync(DrawFiles.Workbook, "Quina.xlsx");

        var again = await database.ImportAsync(DrawFiles.Workbook, "Quina.xlsx");
        var csv = await database.ImportAsync(DrawFiles.FullCsv, "quina-draws-full.csv");

        foreach (var import in new[] { again, csv })
        {
            Assert.Equal((1, false, 0, 0, 6882), (import.Version, import.CreatedVersion, import.Report.Inserted, import.Report.Updated, import.Report.Unchanged));
        }

        Assert.Equal(1, await database.VersionCountAsync());
        Assert.Equal(6882L, await TestDatabase.ScalarAsync<long>(database.DataSource, "SELECT count(*) FROM draws"));
    }

    [Fact]
    public async Task ImportAsync_ChangedRow_ReportsUpdatedWritesANewVersionAndTheOldOneStaysAsItWas()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        await database.ImportAsync(DrawFiles.Workbook, "Quina.xlsx");

        var import = await database.ImportAsync(DrawFiles.FullCsvWithNotes(100, "conferido"), "corrected.csv");
        var first = await database.NewStore().LoadAsync(1, CancellationToken.None);
        var second = await database.NewStore().LoadAsync(2, CancellationToken.None);

        Assert.Equal((2, true, 0, 1, 6881), (import.Version, import.CreatedVersion, import.Report.Inserted, import.Report.Updated, import.Report.Unchanged));
        Assert.Equal(DrawFiles.OfficialHistory.Draws, first!.Draws);
        Assert.Equal("conferido", second![100].Notes);
        Assert.Equal(DrawFiles.OfficialHistory[100] with { Notes = "conferido" }, second[100]);
        Assert.Equal(DrawFiles.OfficialHistory.Draws.Where(d => d.Contest != 100), second.Draws.Where(d => d.Contest != 100));
        Assert.Equal(second.Draws, import.History.Draws);
        // One new row, and the replaced one closed at version 2.
        Assert.Equal(6883L, await TestDatabase.ScalarAsync<long>(database.DataSource, "SELECT count(*) FROM draws"));
        Assert.Equal(2L, await TestDatabase.ScalarAsync<long>(database.DataSource, "SELECT valid_to FROM draws WHERE contest = 100 AND valid_from = 1"));
    }

    [Fact]
    public async Task ImportAsync_RejectedRow_IsReportedWithRowColumnAndReasonAndChangesNothingForItsContest()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        await database.ImportAsync(DrawFiles.Workbook, "Quina.xlsx");
        var (file, row) = DrawFiles.FullCsvWithFirstNumber(200, "81");

        var import = await database.ImportAsync(file, "bad-row.csv");
        var current = await database.NewStore().LoadAsync(await database.Store.CurrentVersionAsync(CancellationToken.None), CancellationToken.None);

        var rejection = Assert.Single(import.Report.Rejections);
        Assert.Equal((201, "Bola1", "number 81 is outside 1..80"), (row, rejection.Column, rejection.Reason));
        Assert.Equal(row, rejection.Row);
        Assert.Equal((1, false, 0, 6881), (import.Version, import.CreatedVersion, import.Report.Updated, import.Report.Unchanged));
        Assert.Equal(DrawFiles.OfficialHistory[200], current![200]);
        Assert.Equal(1, await database.VersionCountAsync());
    }

    [Fact]
    public async Task ImportAsync_RejectedRowBesideAChange_WritesTheChangeOnlyAndCountsTheRejection()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        await database.ImportAsync(DrawFiles.ShortCsv((1, "1994-03-13", [25, 45, 60, 76, 79])));

        var import = await database.ImportAsync(
            "contest,date,n1,n2,n3,n4,n5\n1,1994-03-13,25,45,60,76,80\n2,1994-03-17,13,30,58,63,64\n3,1994-03-20,5,15,32,33,33\n"u8.ToArray());
        var history = await database.NewStore().LoadAsync(2, CancellationToken.None);

        Assert.Equal((2, 1, 1, 0), (import.Version, import.Report.Inserted, import.Report.Updated, import.Report.Unchanged));
        Assert.Equal(new RowRejection(4, "n5", "number 33 is drawn twice (also in \"n4\")"), Assert.Single(import.Report.Rejections));
        Assert.Equal([1, 2], history!.Draws.Select(d => d.Contest));
        Assert.Equal(NumberSet.Of(25, 45, 60, 76, 80), history[1].Numbers);
        Assert.Equal((1, 1, 0, 1), await ReadCountsAsync(database, 2));
    }

    [Fact]
    public async Task ImportAsync_SameFileConcurrently_OneInsertsEverythingAndTheOtherFindsItUnchanged()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);

        var imports = await Task.WhenAll(
            StoreDatabase.ImportAsync(database.NewStore(), DrawFiles.Workbook),
            StoreDatabase.ImportAsync(database.NewStore(), DrawFiles.Workbook));

        Assert.Equal([(0, 6882), (6882, 0)], imports.Select(i => (i.Report.Inserted, i.Report.Unchanged)).Order());
        Assert.All(imports, i => Assert.Equal(1, i.Version));
        Assert.Equal(1, await database.VersionCountAsync());
    }

    [Fact]
    public async Task ImportAsync_DifferentFilesConcurrently_TheLaterMergesOnTheVersionTheEarlierWrote()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);
        await database.ImportAsync(DrawFiles.Workbook);

        var imports = await Task.WhenAll(
            StoreDatabase.ImportAsync(database.NewStore(), DrawFiles.FullCsvWithNotes(100, "first")),
            StoreDatabase.ImportAsync(database.NewStore(), DrawFiles.FullCsvWithNotes(101, "second")));
        var last = await database.NewStore().LoadAsync(3, CancellationToken.None);

        // Each file changes one contest of version 1. The later import merges on the earlier one's version, so it finds
        // that contest changed too and sets it back to its own file: two updates, where unserialised merges would
        // each report one and collide on version 2.
        Assert.Equal([2L, 3L], imports.Select(i => i.Version).Order());
        var later = imports.MaxBy(i => i.Version)!;
        Assert.Equal(2, later.Report.Updated);
        Assert.Equal(1, imports.MinBy(i => i.Version)!.Report.Updated);
        Assert.Equal(later.History.Draws, last!.Draws);
        Assert.Equal(3, await database.VersionCountAsync());
    }

    [Fact]
    public async Task ImportAsync_UnreadableFiles_ThrowTheDomainsMessageAndWriteNothing()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);

        var empty = await Assert.ThrowsAsync<InvalidDataException>(() => database.ImportAsync([]));
        var truncated = await Assert.ThrowsAsync<InvalidDataException>(() => database.ImportAsync(DrawFiles.Workbook[..4000]));
        var nul = await Assert.ThrowsAsync<InvalidDataException>(() => database.ImportAsync(
            "contest,date,n1,n2,n3,n4,n5,notes\n7,1994-03-13,1,2,3,4,5,a\0b\n"u8.ToArray()));

        Assert.StartsWith("The file is empty", empty.Message, StringComparison.Ordinal);
        Assert.StartsWith("The file is not a readable .xlsx workbook", truncated.Message, StringComparison.Ordinal);
        Assert.Contains("contest 7", nul.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.VersionCountAsync());
        Assert.Equal(0, await database.Store.CurrentVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_FileNameWithControlCharactersOrTooLong_IsRecordedPrintableAndCut()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);

        await database.ImportAsync(DrawFiles.ShortCsv((1, "1994-03-13", [25, 45, 60, 76, 79])), "a\0b\nc" + new string('x', 300));

        var recorded = await TestDatabase.ScalarAsync<string>(database.DataSource, "SELECT source_file_name FROM draw_versions WHERE version = 1");
        Assert.Equal("abc" + new string('x', 252), recorded);
    }

    [Fact]
    public async Task LoadAsync_UnknownVersion_IsNullAndVersionZeroIsEmpty()
    {
        await using var database = await StoreDatabase.CreateAsync(postgres.Server);

        Assert.Null(await database.Store.LoadAsync(1, CancellationToken.None));
        Assert.Same(DrawHistory.Empty, await database.Store.LoadAsync(0, CancellationToken.None));
    }

    /// <summary>The figures docs/performance.md records: a first import into another empty database, split into reading and writing.</summary>
    private async Task ReportWarmImportTimesAsync()
    {
        await using var other = await StoreDatabase.CreateAsync(postgres.Server);
        var watch = Stopwatch.StartNew();
        using (var stream = new MemoryStream(DrawFiles.Workbook))
        {
            DrawImporter.Read(stream);
        }

        var read = watch.Elapsed;
        watch.Restart();
        await other.ImportAsync(DrawFiles.Workbook, "Quina.xlsx");
        var whole = watch.Elapsed;
        watch.Restart();
        var loaded = await other.NewStore().LoadAsync(1, CancellationToken.None);
        output.WriteLine($"First import of Quina.xlsx, warm process: {whole.TotalMilliseconds:F0} ms (reading the workbook alone {read.TotalMilliseconds:F0} ms)");
        output.WriteLine($"Loading version 1 ({loaded!.Count} draws) from the database: {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static async Task<(string File, string Format, int Count)> ReadVersionRowAsync(StoreDatabase database, long version)
    {
        await using var command = database.DataSource.CreateCommand("SELECT source_file_name, source_format, draw_count FROM draw_versions WHERE version = @v");
        command.Parameters.AddWithValue("v", version);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
    }

    private static async Task<(int Inserted, int Updated, int Unchanged, int Rejected)> ReadCountsAsync(StoreDatabase database, long version)
    {
        await using var command = database.DataSource.CreateCommand("SELECT inserted, updated, unchanged, rejected FROM draw_versions WHERE version = @v");
        command.Parameters.AddWithValue("v", version);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
    }
}
