using System.IO.Compression;
using System.Text;

using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Benchmarks.Before;

/// <summary>
/// The hand-written package layer the import used before the Open XML SDK (docs/decisions/0003-xlsx-reader.md),
/// kept only so the benchmark can measure the two side by side: it finds the parts of an .xlsx package through the
/// relationship files and reads the shared strings with an XmlReader.
/// </summary>
internal sealed class XlsxPackage
{
    private const string OfficeDocumentType = "/officeDocument";
    private const string SharedStringsType = "/sharedStrings";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly string _workbookPart;
    private readonly Dictionary<string, (string Type, string Target)> _workbookRelationships;

    public XlsxPackage(ZipArchive zip)
    {
        _zip = zip;
        _workbookPart = ReadRelationships("").Values.FirstOrDefault(r => r.Type.EndsWith(OfficeDocumentType, StringComparison.Ordinal)).Target
            ?? "xl/workbook.xml";
        _workbookRelationships = ReadRelationships(_workbookPart);
        ReadWorkbook();
    }

    /// <summary>Sheet names in workbook order, with the package part of each.</summary>
    public IReadOnlyList<(string Name, string Part)> Sheets { get; private set; } = [];

    public bool Uses1904Dates { get; private set; }

    public Stream? OpenPart(string part)
    {
        var entry = _zip.GetEntry(part)
            ?? _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));
        return entry?.Open();
    }

    public IReadOnlyList<string> ReadSharedStrings()
    {
        var part = _workbookRelationships.Values.FirstOrDefault(r => r.Type.EndsWith(SharedStringsType, StringComparison.Ordinal)).Target;
        using var stream = part is null ? null : OpenPart(part);
        if (stream is null)
        {
            return [];
        }

        var strings = new List<string>();
        var buffer = new StringBuilder();
        using var reader = XlsxXml.Open(stream);
        while (!reader.EOF)
        {
            if (XlsxXml.IsStart(reader, "si"))
            {
                strings.Add(reader.IsEmptyElement ? "" : XlsxXml.ReadRichText(reader, buffer));
            }

            reader.Read();
        }

        return strings;
    }

    private void ReadWorkbook()
    {
        using var stream = OpenPart(_workbookPart) ?? throw new InvalidDataException("The workbook has no workbook part; is it an .xlsx file?");
        using var reader = XlsxXml.Open(stream);
        var sheets = new List<(string, string)>();
        while (reader.Read())
        {
            if (XlsxXml.IsStart(reader, "workbookPr"))
            {
                var flag = reader.GetAttribute("date1904");
                Uses1904Dates = flag is "1" or "true";
            }
            else if (XlsxXml.IsStart(reader, "sheet"))
            {
                var name = reader.GetAttribute("name") ?? "";
                var id = reader.GetAttribute("id", RelationshipsNamespace) ?? "";
                if (_workbookRelationships.TryGetValue(id, out var relationship))
                {
                    sheets.Add((name, relationship.Target));
                }
            }
        }

        Sheets = sheets;
    }

    /// <summary>Reads the .rels file of <paramref name="sourcePart"/> ("" for the package itself): id → (type, resolved part).</summary>
    private Dictionary<string, (string Type, string Target)> ReadRelationships(string sourcePart)
    {
        var folder = sourcePart[..(sourcePart.LastIndexOf('/') + 1)];
        var relsPart = $"{folder}_rels/{sourcePart[folder.Length..]}.rels";
        var relationships = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var stream = OpenPart(relsPart);
        if (stream is null)
        {
            return relationships;
        }

        using var reader = XlsxXml.Open(stream);
        while (reader.Read())
        {
            if (XlsxXml.IsStart(reader, "Relationship") && reader.GetAttribute("TargetMode") != "External")
            {
                var id = reader.GetAttribute("Id") ?? "";
                relationships[id] = (reader.GetAttribute("Type") ?? "", Resolve(folder, reader.GetAttribute("Target") ?? ""));
            }
        }

        return relationships;
    }

    /// <summary>Targets are relative to the source part's folder, or absolute from the package root when they start with '/'.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
