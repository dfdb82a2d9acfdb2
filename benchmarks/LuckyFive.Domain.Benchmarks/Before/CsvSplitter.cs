using System.Text;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Benchmarks.Before;

/// <summary>
/// The hand-written RFC 4180 splitter the import used before CsvHelper (docs/decisions/0004-csv-reader.md), kept only
/// so the benchmark can measure the two side by side. Decoding is shared with the current reader.
/// </summary>
internal static class CsvSplitter
{
    public static SheetData Read(Stream stream)
    {
        var text = CsvRowReader.Decode(stream);
        return new SheetData(Split(text, GuessDelimiter(text)), Uses1904Dates: false, StrictCellCount: true);
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
