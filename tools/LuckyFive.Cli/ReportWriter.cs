using Spectre.Console;

namespace LuckyFive.Cli;

/// <summary>How a report line is emphasised on a terminal; elsewhere every line is plain text.</summary>
internal enum LineStyle
{
    Plain,
    Title,
    Good,
    Warning,
}

/// <summary>
/// Writes a report's lines to stdout. On a terminal Spectre.Console adds bold and colour; when stdout goes to a
/// file or pipe the lines are written exactly as built, with no escape codes and no wrapping at 80 columns.
/// </summary>
internal sealed class ReportWriter
{
    private readonly IAnsiConsole? _terminal;
    private readonly TextWriter _plain;

    private ReportWriter(TextWriter plain, IAnsiConsole? terminal)
    {
        _plain = plain;
        _terminal = terminal;
    }

    public static ReportWriter ForStandardOutput() => Console.IsOutputRedirected
        ? new ReportWriter(Console.Out, null)
        : new ReportWriter(Console.Out, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));

    /// <summary>A writer of plain lines only, whatever <paramref name="writer"/> is.</summary>
    public static ReportWriter Plain(TextWriter writer) => new(writer, null);

    public void Line(string text = "", LineStyle style = LineStyle.Plain)
    {
        if (_terminal is null || style == LineStyle.Plain)
        {
            _plain.WriteLine(text);
            return;
        }

        var markup = style switch
        {
            LineStyle.Title => "bold",
            LineStyle.Good => "green",
            _ => "yellow",
        };
        _terminal.MarkupLine($"[{markup}]{Markup.Escape(text)}[/]");
    }

    /// <summary>Rows of cells, each column padded to its widest cell; columns listed in <paramref name="rightAligned"/> align right.</summary>
    public void Table(IReadOnlyList<string[]> rows, params int[] rightAligned)
    {
        var widths = new int[rows.Max(r => r.Length)];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => rightAligned.Contains(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            Line(string.Join("  ", cells).TrimEnd());
        }
    }
}
