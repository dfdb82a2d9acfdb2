using System.Text;
using System.Text.RegularExpressions;

namespace LuckyFive.Cli.Tests.OperatorDocs;

/// <summary>
/// The command lines of a Markdown page that run <c>./run.sh</c> or <c>luckyfive</c>: the lines of fenced blocks (a
/// line ending in <c>\</c> joined with the next, a leading <c>$ </c> prompt dropped) and inline code spans, each split
/// into words as a shell would, at unquoted <c>;</c>, <c>&amp;</c> and <c>|</c>, without comments, redirections or
/// leading <c>NAME=value</c> assignments.
/// </summary>
internal static partial class MarkdownCommandLines
{
    public static IEnumerable<(int Line, string[] Words)> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            var first = i;
            if (!fenced)
            {
                foreach (var command in CodeSpan().Matches(lines[i]).SelectMany(span => Commands(span.Groups[1].Value)))
                {
                    yield return (first + 1, command);
                }

                continue;
            }

            var text = lines[i];
            while (text.EndsWith('\\') && i + 1 < lines.Length)
            {
                text = text[..^1] + " " + lines[++i].Trim();
            }

            foreach (var command in Commands(text.StartsWith("$ ", StringComparison.Ordinal) ? text[2..] : text))
            {
                yield return (first + 1, command);
            }
        }
    }

    /// <summary>The commands of one shell line that start with <c>./run.sh</c> or <c>luckyfive</c>.</summary>
    public static IEnumerable<string[]> Commands(string line) =>
        Split(line)
            .Select(words => words.SkipWhile(w => Assignment().IsMatch(w)).ToArray())
            .Where(words => words is ["./run.sh", ..] or ["luckyfive", ..]);

    private static List<string[]> Split(string line)
    {
        var commands = new List<List<string>> { new() };
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is ' ' or '\t' or ';' or '&' or '|' || (c == '#' && !inWord))
            {
                if (inWord)
                {
                    commands[^1].Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                if (c == '#')
                {
                    break;
                }

                if (c is ';' or '&' or '|')
                {
                    commands.Add([]);
                }

                continue;
            }

            inWord = true;
            if (c is '\'' or '"')
            {
                quote = c;
            }
            else
            {
                word.Append(c == '\\' && i + 1 < line.Length ? line[++i] : c);
            }
        }

        if (inWord)
        {
            commands[^1].Add(word.ToString());
        }

        return [.. commands.Select(WithoutRedirections).Where(c => c.Length > 0)];
    }

    // "> file", "2>&1" (already split at the &), "<input": the operator, and the word it takes when it stands alone.
    private static string[] WithoutRedirections(List<string> words)
    {
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Redirection().Match(words[i]) is { Success: true } redirection)
            {
                i += redirection.Groups[1].Length == 0 ? 1 : 0;
                continue;
            }

            kept.Add(words[i]);
        }

        return [.. kept];
    }

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^\d*[<>]+(.*)$")]
    private static partial Regex Redirection();
}
