using System.Text.RegularExpressions;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>A fenced code block of a Markdown file: its language, the rest of its info string, its text and where it starts.</summary>
public sealed record FencedBlock(string Language, string Info, string Text, int Line, FencedBlock? Next)
{
    /// <summary>The block's words after the language as <c>key=value</c> pairs, e.g. <c>```sh status=404</c>.</summary>
    public string? Setting(string key) =>
        Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == key)?[1];
}

/// <summary>Reads the fenced code blocks of a Markdown file.</summary>
public static partial class MarkdownFences
{
    /// <summary>Every block in order; <see cref="FencedBlock.Next"/> is the block right after it when only blank lines come between.</summary>
    public static IReadOnlyList<FencedBlock> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var found = new List<(string Language, string Info, string Text, int Line, int End)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Opening().Match(lines[i]) is not { Success: true } open)
            {
                continue;
            }

            var start = i;
            var body = new List<string>();
            while (++i < lines.Length && lines[i].TrimEnd() != "```")
            {
                body.Add(lines[i]);
            }

            if (i == lines.Length)
            {
                throw new InvalidDataException($"{path}:{start + 1}: the code block is never closed.");
            }

            found.Add((open.Groups[1].Value, open.Groups[2].Value.Trim(), string.Join('\n', body), start + 1, i + 1));
        }

        var blocks = new FencedBlock[found.Count];
        for (var b = found.Count - 1; b >= 0; b--)
        {
            var adjacent = b + 1 < found.Count && lines[found[b].End..(found[b + 1].Line - 1)].All(string.IsNullOrWhiteSpace);
            blocks[b] = new FencedBlock(found[b].Language, found[b].Info, found[b].Text, found[b].Line, adjacent ? blocks[b + 1] : null);
        }

        return blocks;
    }

    [GeneratedRegex(@"^```(\w*)(.*)$")]
    private static partial Regex Opening();
}
