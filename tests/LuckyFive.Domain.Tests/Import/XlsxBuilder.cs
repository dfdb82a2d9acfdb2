using System.IO.Compression;
using System.Security;
using System.Text;

namespace LuckyFive.Domain.Tests.Import;

/// <summary>
/// Writes small .xlsx workbooks in memory, shaped like Caixa's: a namespace prefix on every element, shared
/// strings for the header, t="n" and t="str" data cells, and optionally no r= references at all.
/// The target sheet is deliberately not the first sheet nor "sheet1.xml", so lookup must go through the rels.
/// </summary>
internal sealed class XlsxBuilder
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<string> _rowsXml = [];
    private readonly List<string> _sharedStrings = [];

    public string SheetName { get; init; } = "QUINA";

    /// <summary>Write r="A1" on cells and r="1" on rows (Caixa writes them on the header only).</summary>
    public bool WriteReferences { get; init; }

    /// <summary>Write data strings as inline strings instead of t="str".</summary>
    public bool InlineStrings { get; init; }

    public bool Date1904 { get; init; }

    /// <summary>The header, as shared strings, always with references (as in Caixa's file).</summary>
    public XlsxBuilder Header(params string[] headers)
    {
        var cells = new StringBuilder();
        for (var i = 0; i < headers.Length; i++)
        {
            _sharedStrings.Add(headers[i]);
            cells.Append($"<x:c r=\"{ColumnName(i)}1\" t=\"s\"><x:v>{_sharedStrings.Count - 1}</x:v></x:c>");
        }

        _rowsXml.Add($"<x:row r=\"1\">{cells}</x:row>");
        return this;
    }

    /// <summary>A data row: digits-only text becomes a number cell (kept verbatim, so "05" stays "05"), the rest a string.</summary>
    public XlsxBuilder Row(params string[] values)
    {
        var rowNumber = _rowsXml.Count + 1;
        var cells = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            var reference = WriteReferences ? $" r=\"{ColumnName(i)}{rowNumber}\"" : "";
            var text = SecurityElement.Escape(values[i]);
            cells.Append(values[i].Length > 0 && values[i].All(char.IsAsciiDigit)
                ? $"<x:c{reference} t=\"n\"><x:v>{text}</x:v></x:c>"
                : InlineStrings
                    ? $"<x:c{reference} t=\"inlineStr\"><x:is><x:t>{text}</x:t></x:is></x:c>"
                    : $"<x:c{reference} t=\"str\"><x:v>{text}</x:v></x:c>");
        }

        return RawRow(WriteReferences ? $"<x:row r=\"{rowNumber}\">{cells}</x:row>" : $"<x:row>{cells}</x:row>");
    }

    /// <summary>A row written exactly as given (use the x: prefix), for cell shapes <see cref="Row"/> does not make.</summary>
    public XlsxBuilder RawRow(string rowXml)
    {
        _rowsXml.Add(rowXml);
        return this;
    }

    /// <summary>Adds a shared string and returns its index, for raw rows that use t="s".</summary>
    public int SharedString(string text)
    {
        _sharedStrings.Add(text);
        return _sharedStrings.Count - 1;
    }

    public MemoryStream ToStream()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/worksheets/results.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>
                """);
            Write(zip, "_rels/.rels", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="{PackageRelNamespace}">
                <Relationship Id="rId1" Type="{RelNamespace}/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Write(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <x:workbook xmlns:x="{MainNamespace}" xmlns:r="{RelNamespace}">
                <x:workbookPr{(Date1904 ? " date1904=\"1\"" : "")}/>
                <x:sheets><x:sheet name="Notes" sheetId="1" r:id="rId2"/><x:sheet name="{SecurityElement.Escape(SheetName)}" sheetId="5" r:id="rId1"/></x:sheets>
                </x:workbook>
                """);
            Write(zip, "xl/_rels/workbook.xml.rels", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="{PackageRelNamespace}">
                <Relationship Id="rId1" Type="{RelNamespace}/worksheet" Target="worksheets/results.xml"/>
                <Relationship Id="rId2" Type="{RelNamespace}/worksheet" Target="/xl/worksheets/sheet1.xml"/>
                <Relationship Id="rId3" Type="{RelNamespace}/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>
                """);
            var strings = string.Concat(_sharedStrings.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>"));
            Write(zip, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MainNamespace}">{strings}</sst>""");
            Write(zip, "xl/worksheets/sheet1.xml", Sheet("<x:row><x:c t=\"str\"><x:v>not the results</x:v></x:c></x:row>"));
            Write(zip, "xl/worksheets/results.xml", Sheet(string.Concat(_rowsXml)));
        }

        stream.Position = 0;
        return stream;
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    // Caixa's <dimension> claims the sheet is only its header row; ours lies the same way.
    private static string Sheet(string rows) =>
        $"""<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="{MainNamespace}"><x:dimension ref="A1:U1"/><x:sheetData>{rows}</x:sheetData></x:worksheet>""";

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
