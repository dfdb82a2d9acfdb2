using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LuckyFive.Domain.Draws.Import;
using SheetData = LuckyFive.Domain.Draws.Import.SheetData;

namespace LuckyFive.Domain.Benchmarks.Alternatives;

/// <summary>
/// The worksheet read entirely with the Open XML SDK's own SAX reader (<see cref="OpenXmlReader"/>) instead of an
/// XmlReader over the part: the alternative docs/decisions/0003-xlsx-reader.md measured and turned down.
/// Only what the official workbook uses is handled (no references, shared and inline strings).
/// </summary>
internal static class SdkSaxReader
{
    public static SheetData Read(Stream stream, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase));
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return new SheetData(Rows(part, shared), workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false, StrictCellCount: false);
    }

    private static List<SheetRow> Rows(WorksheetPart part, List<string> shared)
    {
        var rows = new List<SheetRow>();
        var cells = new List<string>();
        var inline = new StringBuilder();
        string? type = null;
        string? raw = null;
        var inInline = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    cells.Clear();
                }
                else
                {
                    rows.Add(new SheetRow(rows.Count + 1, [.. cells]));
                }
            }
            else if (element == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    type = reader.Attributes.FirstOrDefault(a => a.LocalName == "t").Value;
                    raw = null;
                    inline.Clear();
                }
                else
                {
                    cells.Add(type switch
                    {
                        "s" => shared[int.Parse(raw!, CultureInfo.InvariantCulture)],
                        "inlineStr" => inline.ToString(),
                        _ => raw ?? "",
                    });
                }
            }
            else if (element == typeof(CellValue) && reader.IsStartElement)
            {
                raw = reader.GetText();
            }
            else if (element == typeof(InlineString))
            {
                inInline = reader.IsStartElement;
            }
            else if (element == typeof(Text) && reader.IsStartElement && inInline)
            {
                inline.Append(reader.GetText());
            }
        }

        return rows;
    }
}
