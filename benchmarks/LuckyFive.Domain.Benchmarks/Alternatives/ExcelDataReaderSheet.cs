using System.Globalization;
using System.Text;
using ExcelDataReader;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Benchmarks.Alternatives;

/// <summary>
/// The worksheet read with ExcelDataReader, its typed values turned back into cell text for the same row parser:
/// the other alternative docs/decisions/0003-xlsx-reader.md measured and turned down.
/// </summary>
internal static class ExcelDataReaderSheet
{
    static ExcelDataReaderSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // it asks for code page 1252

    public static SheetData Read(Stream stream, string sheetName)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        while (!string.Equals(reader.Name, sheetName, StringComparison.OrdinalIgnoreCase))
        {
            if (!reader.NextResult())
            {
                throw new InvalidDataException($"No sheet named {sheetName}.");
            }
        }

        var rows = new List<SheetRow>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetValue(i) switch
                {
                    null => "",
                    double number => number.ToString("R", CultureInfo.InvariantCulture),
                    bool flag => flag ? "TRUE" : "FALSE",
                    DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
                };
            }

            rows.Add(new SheetRow(rows.Count + 1, cells));
        }

        return new SheetData(rows, Uses1904Dates: false, StrictCellCount: false);
    }
}
