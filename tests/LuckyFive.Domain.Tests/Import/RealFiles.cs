using LuckyFive.Domain.Draws.Import;
using LuckyFive.Domain.Tests.TestData;

namespace LuckyFive.Domain.Tests.Import;

/// <summary>The official files, each parsed once per test run (reading the workbook is the slow part).</summary>
internal static class RealFiles
{
    public const int ContestCount = 6882;

    private static readonly Lazy<DrawParseResult> LazyWorkbook = new(() => Read("Quina.xlsx"));
    private static readonly Lazy<DrawParseResult> LazyFullCsv = new(() => Read("quina-draws-full.csv"));
    private static readonly Lazy<DrawParseResult> LazyShortCsv = new(() => Read("quina-draws.csv"));

    public static DrawParseResult Workbook => LazyWorkbook.Value;

    public static DrawParseResult FullCsv => LazyFullCsv.Value;

    public static DrawParseResult ShortCsv => LazyShortCsv.Value;

    public static DrawParseResult Read(string name)
    {
        using var stream = SharedData.OpenQuinaFile(name);
        return DrawImporter.Read(stream);
    }
}
