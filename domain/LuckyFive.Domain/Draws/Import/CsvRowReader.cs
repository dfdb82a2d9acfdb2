using System.Text;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Splits CSV text into records (RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes;
/// CRLF, LF or CR line ends). The delimiter is guessed from the header line, because spreadsheet exports in
/// pt-BR use ';' (the comma being the decimal separator there).
/// </summary>
internal static class CsvRowReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SheetData Read(Stream stream)
    {
        var text = Decode(stream);
        return new SheetData(Split(text, GuessDelimiter(text)), Uses1904Dates: false, StrictCellCount: true);
    }

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

    internal static char GuessDelimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += ch == ',' ? 1 : 0;
                semicolons += ch == ';' ? 1 : 0;
                tabs += ch == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    internal static List<SheetRow> Split(string text, char delimiter)
    {
        var rows = new List<SheetRow>();
        var fields = new List<string>(32);
        var field = new StringBuilder();
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var startLine = line;
            string? problem = null;
            var problemCell = -1;
            fields.Clear();
            while (true)
            {
                field.Clear();
                if (position < text.Length && text[position] == '"')
                {
                    position++;
                    var closed = false;
                    while (position < text.Length)
                    {
                        var ch = text[position++];
                        if (ch == '"')
                        {
                            if (position < text.Length && text[position] == '"')
                            {
                                field.Append('"');
                                position++;
                                continue;
                            }

                            closed = true;
                            break;
                        }

                        line += ch == '\n' || (ch == '\r' && (position >= text.Length || text[position] != '\n')) ? 1 : 0;
                        field.Append(ch);
                    }

                    if (!closed && problem is null)
                    {
                        (problem, problemCell) = ("a quoted field is not closed before the end of the file", fields.Count);
                    }

                    if (!AtFieldEnd(text, position, delimiter) && problem is null)
                    {
                        (problem, problemCell) = ("text follows the closing quote of a quoted field", fields.Count);
                    }
                }

                while (!AtFieldEnd(text, position, delimiter))
                {
                    if (text[position] == '"' && problem is null)
                    {
                        (problem, problemCell) = ("a double quote inside an unquoted field (quote the whole field and double the quote)", fields.Count);
                    }

                    field.Append(text[position++]);
                }

                fields.Add(field.ToString());
                if (position < text.Length && text[position] == delimiter)
                {
                    position++;
                    continue;
                }

                position += position < text.Length && text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                line++;
                break;
            }

            rows.Add(new SheetRow(startLine, [.. fields], problem, problemCell));
        }

        return rows;
    }

    private static bool AtFieldEnd(string text, int position, char delimiter) =>
        position >= text.Length || text[position] == delimiter || text[position] is '\r' or '\n';
}
