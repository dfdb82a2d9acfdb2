using System.IO.Compression;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Benchmarks.Before;

/// <summary>
/// The workbook reader as it was before the Open XML SDK: a <see cref="ZipArchive"/> and the hand-written
/// <see cref="XlsxPackage"/>, then the same worksheet streaming the current reader uses.
/// </summary>
internal static class XlsxReader
{
    public static SheetData Read(Stream stream, string sheetName)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var package = new XlsxPackage(zip);
        var part = package.Sheets.First(s => string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase)).Part;
        var sharedStrings = package.ReadSharedStrings();
        using var sheet = package.OpenPart(part) ?? throw new InvalidDataException($"The workbook has no part '{part}'.");
        return new SheetData(XlsxSheetReader.ReadRows(sheet, sharedStrings), package.Uses1904Dates, StrictCellCount: false);
    }
}
