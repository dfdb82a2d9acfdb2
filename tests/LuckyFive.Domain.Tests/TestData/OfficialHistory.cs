using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Tests.TestData;

/// <summary>The official workbook, imported once per test run.</summary>
internal static class OfficialHistory
{
    private static readonly Lazy<DrawHistory> Loaded = new(() =>
    {
        using var stream = SharedData.OpenQuinaFile("Quina.xlsx");
        var result = DrawImporter.Import(DrawHistory.Empty, stream);
        return result.Report.Rejected == 0
            ? result.History
            : throw new InvalidOperationException($"The official workbook has rejected rows: {result.Report}");
    });

    public static DrawHistory Value => Loaded.Value;
}
