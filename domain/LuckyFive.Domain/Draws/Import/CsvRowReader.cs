using System.Text;
using CsvHelper;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Splits CSV text into records with CsvHelper (RFC 4180: quoted fields may hold delimiters, line breaks and
/// doubled quotes; CRLF, LF or CR line ends). The delimiter is detected from the start of the file among ',',
/// ';', tab and '|', because spreadsheet exports in pt-BR use ';' (the comma being the decimal separator there).
/// A record with broken quoting is still returned as CsvHelper recovers it, marked with the problem, so the row is
/// rejected with its line, column and reason and the rest of the file still imports.
/// </summary>
internal static class CsvRowReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SheetData Read(Stream stream) => new(Split(Decode(stream)), Uses1904Dates: false, StrictCellCount: true);

    /// <summary>
    /// UTF-8 with or without a BOM; UTF-16 when a BOM says so. Bytes that are not valid UTF-8 mean a legacy
    /// export, read as Latin-1 so that "observação" survives instead of turning into replacement characters.
    /// </summary>
    internal static string Decode(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>Every record of <paramref name="text"/>, empty lines included, numbered by the line it starts on.</summary>
    internal static List<SheetRow> Split(string text)
    {
        var rows = new List<SheetRow>();
        CsvMalformedRecord? malformed = null;
        var options = new CsvReaderOptions
        {
            HasHeader = false, // the first non-empty row is the header; DrawSheetParser decides
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => malformed = record,
        };
        using var reader = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        while (Next(reader))
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            // An empty line is one empty field; the sheet parser counts it as an empty row.
            var line = checked((int)reader.LineNumber);
            rows.Add(malformed is { } problem
                ? new SheetRow(line, cells, Describe(problem.Reason), FieldAt(reader, problem.ByteOffset))
                : new SheetRow(line, cells));
            malformed = null;
        }

        return rows;
    }

    private static bool Next(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"The CSV file cannot be read past line {e.LineNumber}: {e.Message}", e);
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted field is not closed before the end of the file",
        CsvMalformedReason.TextAfterClosingQuote => "text follows the closing quote of a quoted field",
        CsvMalformedReason.StrayQuote => "a double quote inside an unquoted field (quote the whole field and double the quote)",
        _ => $"the record is malformed ({reason})",
    };

    /// <summary>The field of the current record that holds byte <paramref name="offset"/> of the input.</summary>
    private static int FieldAt(CsvReader reader, long offset)
    {
        var position = offset - reader.ByteOffset;
        var start = 0L;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var end = start + reader.GetRawSpan(i).Length;
            if (position <= end)
            {
                return i;
            }

            start = end + 1; // the one-byte separator
        }

        return reader.FieldCount - 1;
    }
}
