using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Reads one worksheet of an .xlsx file as rows of cell text, streaming the sheet XML.
/// It trusts neither <c>&lt;dimension&gt;</c> nor the presence of <c>r=</c> references: Caixa's workbook has a wrong
/// dimension and no references on its data rows and cells, so positions fall back to "one after the previous".
/// </summary>
internal static class XlsxSheetReader
{
    // Excel's last column (XFD); a reference beyond it means a damaged file, not a wide sheet.
    private const int MaxColumns = 16_384;

    public static SheetData Read(Stream stream, string? sheetName)
    {
        using var zip = OpenZip(stream);
        try
        {
            var package = new XlsxPackage(zip);
            var part = FindSheet(package, sheetName);
            var sharedStrings = package.ReadSharedStrings();
            using var sheetStream = package.OpenPart(part)
                ?? throw new InvalidDataException($"The workbook lists sheet part '{part}' but the file does not contain it.");
            return new SheetData(ReadRows(sheetStream, sharedStrings), package.Uses1904Dates, StrictCellCount: false);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"The workbook's XML is malformed: {e.Message}", e);
        }
    }

    private static ZipArchive OpenZip(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The file is not a readable .xlsx workbook: {e.Message}", e);
        }
    }

    private static string FindSheet(XlsxPackage package, string? sheetName)
    {
        if (package.Sheets.Count == 0)
        {
            throw new InvalidDataException("The workbook has no worksheets.");
        }

        if (sheetName is null)
        {
            return package.Sheets[0].Part;
        }

        foreach (var comparison in (ReadOnlySpan<StringComparison>)[StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase])
        {
            foreach (var (name, part) in package.Sheets)
            {
                if (string.Equals(name.Trim(), sheetName.Trim(), comparison))
                {
                    return part;
                }
            }
        }

        var names = string.Join(", ", package.Sheets.Select(s => $"\"{s.Name}\""));
        throw new InvalidDataException($"The workbook has no sheet named \"{sheetName}\"; its sheets are {names}.");
    }

    private static List<SheetRow> ReadRows(Stream sheetStream, IReadOnlyList<string> sharedStrings)
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
