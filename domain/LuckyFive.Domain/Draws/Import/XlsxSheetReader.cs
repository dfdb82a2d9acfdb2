using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Reads one worksheet of an .xlsx file as rows of cell text. The Open XML SDK opens the package, resolves the
/// workbook, its sheets and their parts through the relationships and reads the shared strings; the worksheet
/// itself is streamed with an <see cref="XmlReader"/>, which is four times faster than the SDK's own reader on
/// Caixa's workbook (docs/decisions/0003-xlsx-reader.md).
/// It trusts neither <c>&lt;dimension&gt;</c> nor the presence of <c>r=</c> references: Caixa's workbook has a wrong
/// dimension and no references on its data rows and cells, so positions fall back to "one after the previous".
/// </summary>
internal static class XlsxSheetReader
{
    // Excel's last column (XFD); a reference beyond it means a damaged file, not a wide sheet.
    private const int MaxColumns = 16_384;

    public static SheetData Read(Stream stream, string? sheetName)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file is a zip archive but not an .xlsx workbook: it has no workbook part.");
            var sheet = FindSheet(workbook, sheetName);
            var sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
            var uses1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
            using var sheetStream = sheet.GetStream(FileMode.Open, FileAccess.Read);
            return new SheetData(ReadRows(sheetStream, sharedStrings), uses1904, StrictCellCount: false);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"The workbook's XML is malformed: {e.Message}", e);
        }
        catch (Exception e) when (IsPackageFailure(e))
        {
            throw new InvalidDataException($"The file is not a readable .xlsx workbook: {e.Message}", e);
        }
    }

    /// <summary>
    /// A failure of the zip or package layer: not a zip, a truncated or damaged archive, or a zip that is not an
    /// Open XML package. This reader's own <see cref="InvalidDataException"/>s already explain themselves.
    /// </summary>
    private static bool IsPackageFailure(Exception e) => e switch
    {
        OpenXmlPackageException or FileFormatException or EndOfStreamException => true,
        InvalidDataException => e.Source != typeof(XlsxSheetReader).Assembly.GetName().Name,
        IOException => true,
        _ => false,
    };

    private static WorksheetPart FindSheet(WorkbookPart workbook, string? sheetName)
    {
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (sheets.Count == 0)
        {
            throw new InvalidDataException("The workbook has no worksheets.");
        }

        var sheet = sheetName is null
            ? sheets[0]
            : sheets.FirstOrDefault(s => string.Equals(NameOf(s).Trim(), sheetName.Trim(), StringComparison.Ordinal))
                ?? sheets.FirstOrDefault(s => string.Equals(NameOf(s).Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (sheet is null)
        {
            var names = string.Join(", ", sheets.Select(s => $"\"{NameOf(s)}\""));
            throw new InvalidDataException($"The workbook has no sheet named \"{sheetName}\"; its sheets are {names}.");
        }

        var id = sheet.Id?.Value;
        var part = id is not null && workbook.TryGetPartById(id, out var found) ? found : null;
        return part as WorksheetPart
            ?? throw new InvalidDataException(part is null
                ? $"The workbook lists sheet \"{NameOf(sheet)}\" but the file does not contain it."
                : $"Sheet \"{NameOf(sheet)}\" is not a worksheet (it holds a chart or a dialog, not cells).");
    }

    private static string NameOf(Sheet sheet) => sheet.Name?.Value ?? "";

    /// <summary>The text of each shared string: plain or rich-text runs; phonetic guides are annotations, not content.</summary>
    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var table = part?.SharedStringTable;
        if (table is null)
        {
            return [];
        }

        var strings = new List<string>();
        var buffer = new StringBuilder();
        foreach (var item in table.Elements<SharedStringItem>())
        {
            buffer.Clear();
            foreach (var child in item.ChildElements)
            {
                var text = child switch
                {
                    Text plain => plain.Text,
                    Run run => run.Text?.Text,
                    _ => null,
                };
                buffer.Append(text);
            }

            strings.Add(buffer.ToString());
        }

        return strings;
    }

    internal static List<SheetRow> ReadRows(Stream sheetStream, IReadOnlyList<string> sharedStrings)
    {
        var rows = new List<SheetRow>();
        var cells = new List<string>(32);
        var buffer = new StringBuilder();
        var rowNumber = 0;
        var column = -1;
        using var reader = XlsxXml.Open(sheetStream);
        while (!reader.EOF)
        {
            if (XlsxXml.IsStart(reader, "row"))
            {
                var next = ParseRowNumber(reader.GetAttribute("r"), rowNumber);
                for (var missing = rowNumber + 1; missing < next; missing++)
                {
                    rows.Add(new SheetRow(missing, [])); // rows Excel did not write are empty rows of the sheet
                }

                rowNumber = next;
                column = -1;
                cells.Clear();
                if (reader.IsEmptyElement)
                {
                    rows.Add(new SheetRow(rowNumber, []));
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row")
            {
                rows.Add(new SheetRow(rowNumber, [.. cells]));
            }
            else if (XlsxXml.IsStart(reader, "c"))
            {
                column = ParseColumn(reader.GetAttribute("r"), column, rowNumber);
                var value = ReadCell(reader, sharedStrings, buffer, rowNumber);
                while (cells.Count <= column)
                {
                    cells.Add("");
                }

                cells[column] = value;
            }

            reader.Read();
        }

        return rows;
    }

    /// <summary>Starts on a <c>&lt;c&gt;</c> element and ends on its last node.</summary>
    private static string ReadCell(XmlReader reader, IReadOnlyList<string> sharedStrings, StringBuilder buffer, int rowNumber)
    {
        var type = reader.GetAttribute("t");
        if (reader.IsEmptyElement)
        {
            return "";
        }

        string? raw = null;
        string? inline = null;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (XlsxXml.IsStart(reader, "v"))
            {
                raw = reader.ReadElementContentAsString();
                continue;
            }

            if (XlsxXml.IsStart(reader, "is") && !reader.IsEmptyElement)
            {
                inline = XlsxXml.ReadRichText(reader, buffer);
            }

            reader.Read();
        }

        return type switch
        {
            "s" => SharedString(raw, sharedStrings, rowNumber),
            "inlineStr" => inline ?? raw ?? "",
            "b" => raw?.Trim() switch
            {
                "1" => "TRUE",
                "0" => "FALSE",
                var other => other ?? "",
            },

            // "n" (or no type), "str", "d" (ISO date text) and "e" (error text such as #N/A) are their own text.
            _ => raw ?? "",
        };
    }

    private static string SharedString(string? raw, IReadOnlyList<string> sharedStrings, int rowNumber)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count)
        {
            return sharedStrings[index];
        }

        throw new InvalidDataException($"Row {rowNumber} refers to shared string '{raw}', which the workbook does not have.");
    }

    private static int ParseRowNumber(string? reference, int previous)
    {
        if (reference is null)
        {
            return previous + 1;
        }

        if (int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > previous)
        {
            return number;
        }

        throw new InvalidDataException($"Row reference \"{reference}\" after row {previous} is not a later row number.");
    }

    /// <summary>"C7" → 2; no reference means the cell right after the previous one.</summary>
    private static int ParseColumn(string? reference, int previous, int rowNumber)
    {
        if (reference is null)
        {
            return previous + 1;
        }

        var column = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = column * 26 + (upper - 'A' + 1);
            letters++;
            if (column > MaxColumns)
            {
                break;
            }
        }

        if (letters == 0 || column > MaxColumns || column - 1 <= previous)
        {
            throw new InvalidDataException($"Cell reference \"{reference}\" in row {rowNumber} is not a valid column after the previous cell.");
        }

        return column - 1;
    }
}
