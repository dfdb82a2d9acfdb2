using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Benchmarks;

/// <summary>
/// Reading the official files before and after the move to libraries, side by side in one run: the workbook with the
/// hand-written package reader (before) against the Open XML SDK package with a streamed worksheet (now), and the two
/// library readers turned down (the SDK's own SAX reader, ExcelDataReader); the full CSV with the hand-written
/// splitter against CsvHelper. Every variant parses the rows into draws the same way, and the clean-up checks that
/// they all read the same draws. The warm job measures steady state; the cold job measures the first read in a fresh
/// process, which is what one <c>luckyfive</c> command pays (nothing is read before it: the set-up only loads bytes).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(id: "Warm")]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "Cold")]
public class ImportBenchmarks
{
    private byte[] _workbook = [];
    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup()
    {
        _workbook = File.ReadAllBytes(BenchmarkData.WorkbookPath);
        _csv = File.ReadAllBytes(BenchmarkData.SharedQuinaFile("quina-draws-full.csv"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var now = ParseWorkbookNow();
        SameDraws(ParseWorkbookBefore(), now);
        SameDraws(Parse(Alternatives.SdkSaxReader.Read), now);
        SameDraws(Parse(Alternatives.ExcelDataReaderSheet.Read), now);
        SameDraws(ParseCsvBefore(), ParseCsvNow());
    }

    /// <summary>A comparison is only fair if both sides read the same thing.</summary>
    private static void SameDraws(DrawParseResult other, DrawParseResult now)
    {
        if (!other.Draws.SequenceEqual(now.Draws) || other.Rejections.Count + now.Rejections.Count > 0)
        {
            throw new InvalidOperationException("Two readers disagree on the official file.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Quina.xlsx")]
    public int WorkbookBefore() => Count(ParseWorkbookBefore());

    [Benchmark]
    [BenchmarkCategory("Quina.xlsx")]
    public int WorkbookNow() => Count(ParseWorkbookNow());

    [Benchmark]
    [BenchmarkCategory("Quina.xlsx")]
    public int WorkbookSdkSax() => Count(Parse(Alternatives.SdkSaxReader.Read));

    [Benchmark]
    [BenchmarkCategory("Quina.xlsx")]
    public int WorkbookExcelDataReader() => Count(Parse(Alternatives.ExcelDataReaderSheet.Read));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("quina-draws-full.csv")]
    public int CsvBefore() => Count(ParseCsvBefore());

    [Benchmark]
    [BenchmarkCategory("quina-draws-full.csv")]
    public int CsvNow() => Count(ParseCsvNow());

    private DrawParseResult ParseWorkbookBefore() =>
        DrawSheetParser.Parse(Before.XlsxReader.Read(new MemoryStream(_workbook), DrawImporter.DefaultSheetName), DrawFileFormat.Xlsx);

    private DrawParseResult ParseWorkbookNow() => DrawImporter.Read(new MemoryStream(_workbook));

    private DrawParseResult Parse(Func<Stream, string, SheetData> read) =>
        DrawSheetParser.Parse(read(new MemoryStream(_workbook), DrawImporter.DefaultSheetName), DrawFileFormat.Xlsx);

    private DrawParseResult ParseCsvBefore() => DrawSheetParser.Parse(Before.CsvSplitter.Read(new MemoryStream(_csv)), DrawFileFormat.Csv);

    private DrawParseResult ParseCsvNow() => DrawImporter.Read(new MemoryStream(_csv));

    private static int Count(DrawParseResult result) =>
        result.Rejections.Count == 0 ? result.Draws.Count : throw new InvalidOperationException($"{result.Rejections.Count} rows were rejected.");
}
