using System.Text;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.TestSupport;

namespace LuckyFive.Grains.Tests.Draws;

/// <summary>The official results files, and variants of the full CSV with one row changed, for import tests.</summary>
internal static class DrawFiles
{
    private static readonly Lazy<byte[]> s_workbook = new(() => File.ReadAllBytes(QuinaData.Workbook));
    private static readonly Lazy<string[]> s_fullCsvLines = new(() => File.ReadAllText(QuinaData.FullCsv).Split('\n'));
    private static readonly Lazy<DrawHistory> s_officialHistory = new(() =>
    {
        using var stream = new MemoryStream(Workbook);
        return DrawImporter.Import(DrawHistory.Empty, stream).History;
    });

    public static byte[] Workbook => s_workbook.Value;

    public static byte[] FullCsv => Encoding.UTF8.GetBytes(string.Join('\n', s_fullCsvLines.Value));

    /// <summary>The history the domain reads from the official workbook on its own.</summary>
    public static DrawHistory OfficialHistory => s_officialHistory.Value;

    /// <summary>The full CSV with the (empty) notes of <paramref name="contest"/> set to <paramref name="notes"/>.</summary>
    public static byte[] FullCsvWithNotes(int contest, string notes)
    {
        var lines = (string[])s_fullCsvLines.Value.Clone();
        var index = LineOf(contest);
        if (!lines[index].EndsWith(','))
        {
            throw new InvalidOperationException($"Contest {contest} already has notes; pick another.");
        }

        lines[index] += notes;
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>The full CSV with the first number of <paramref name="contest"/> replaced; also returns the row as the file numbers it.</summary>
    public static (byte[] File, int Row) FullCsvWithFirstNumber(int contest, string number)
    {
        var lines = (string[])s_fullCsvLines.Value.Clone();
        var index = LineOf(contest);
        var fields = lines[index].Split(',', 4);
        lines[index] = $"{fields[0]},{fields[1]},{number},{fields[3]}";
        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), index + 1);
    }

    /// <summary>A CSV of contest, date and numbers only (no prize columns), one row per draw.</summary>
    public static byte[] ShortCsv(params (int Contest, string Date, int[] Numbers)[] rows) =>
        Encoding.UTF8.GetBytes("contest,date,n1,n2,n3,n4,n5\n"
            + string.Concat(rows.Select(r => $"{r.Contest},{r.Date},{string.Join(',', r.Numbers)}\n")));

    private static int LineOf(int contest) =>
        Array.FindIndex(s_fullCsvLines.Value, l => l.StartsWith($"{contest},", StringComparison.Ordinal)) is var index and > 0
            ? index
            : throw new InvalidOperationException($"Contest {contest} is not in the full CSV.");
}
