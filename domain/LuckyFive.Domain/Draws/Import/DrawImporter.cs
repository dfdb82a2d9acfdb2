namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Reads Quina results from Caixa's workbook or a CSV export and merges them into a <see cref="DrawHistory"/>.
/// The caller owns the stream (and any file); nothing here touches the file system.
/// File-level problems (not a workbook, no such sheet, a required column missing) throw
/// <see cref="InvalidDataException"/>; row-level problems become <see cref="RowRejection"/>s.
/// </summary>
public static class DrawImporter
{
    /// <summary>The sheet Caixa's workbook keeps the results in.</summary>
    public const string DefaultSheetName = "QUINA";

    /// <summary>
    /// The highest contest a file may hold: Quina draws six times a week and is near contest 7,000, so this leaves
    /// centuries, while keeping a <see cref="DrawHistory"/>'s index by contest small whatever a file claims.
    /// </summary>
    public const int MaxContest = 99_999;

    /// <summary>A .xlsx file is a zip archive, and zip archives start with "PK"; anything else is taken as CSV.</summary>
    public static DrawFileFormat DetectFormat(ReadOnlySpan<byte> firstBytes) =>
        firstBytes.Length >= 2 && firstBytes[0] == (byte)'P' && firstBytes[1] == (byte)'K' ? DrawFileFormat.Xlsx : DrawFileFormat.Csv;

    /// <summary>Peeks at the start of a seekable stream and restores its position.</summary>
    public static DrawFileFormat DetectFormat(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("Format detection needs a seekable stream.", nameof(stream));
        }

        var start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return DetectFormat(magic[..read]);
    }

    /// <summary>
    /// Parses a draw file. <paramref name="format"/> defaults to detection from the content;
    /// <paramref name="sheetName"/> applies to workbooks only (null = the first sheet).
    /// </summary>
    public static DrawParseResult Read(Stream stream, DrawFileFormat? format = null, string? sheetName = DefaultSheetName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            // Both detection and the zip reader need to seek; results files are a few megabytes at most.
            using var buffered = new MemoryStream();
            stream.CopyTo(buffered);
            buffered.Position = 0;
            return Read(buffered, format, sheetName);
        }

        var actual = format ?? DetectFormat(stream);
        var sheet = actual == DrawFileFormat.Xlsx ? XlsxSheetReader.Read(stream, sheetName) : CsvRowReader.Read(stream);
        return DrawSheetParser.Parse(sheet, actual);
    }

    /// <summary>
    /// Applies the parsed draws to <paramref name="existing"/>: new contests are inserted, differing ones replaced
    /// by the file's version, identical ones left alone. Contests absent from the file are kept.
    /// </summary>
    public static DrawImportResult Merge(DrawHistory existing, DrawParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(parsed);
        var merged = new Dictionary<int, Draw>(existing.Count + parsed.Draws.Count);
        foreach (var draw in existing.Draws)
        {
            merged[draw.Contest] = draw;
        }

        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var draw in parsed.Draws)
        {
            if (!existing.TryGet(draw.Contest, out var current))
            {
                inserted++;
            }
            else if (current == draw)
            {
                unchanged++;
                continue;
            }
            else
            {
                updated++;
            }

            merged[draw.Contest] = draw;
        }

        var history = inserted + updated == 0 ? existing : new DrawHistory(merged.Values);
        return new DrawImportResult(history, new DrawImportReport(inserted, updated, unchanged, parsed.EmptyRowsSkipped, parsed.Rejections));
    }

    /// <summary><see cref="Read"/> then <see cref="Merge"/>.</summary>
    public static DrawImportResult Import(DrawHistory existing, Stream stream, DrawFileFormat? format = null, string? sheetName = DefaultSheetName) =>
        Merge(existing, Read(stream, format, sheetName));
}
