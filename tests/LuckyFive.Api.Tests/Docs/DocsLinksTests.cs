using System.Text.RegularExpressions;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// Every relative link in the repository's Markdown (README files and docs/) leads somewhere: the file exists and, when
/// the link names a heading (<c>file.md#anchor</c>), that file has the heading, with anchors made as GitHub makes them.
/// </summary>
public sealed partial class DocsLinksTests
{
    [Fact]
    public void EveryRelativeLink_ReachesAFileAndHeadingThatExist()
    {
        var pages = Directory.EnumerateFiles(RepositoryFiles.Root, "*.md", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git"))
            .ToArray();
        var broken = new List<string>();
        foreach (var page in pages)
        {
            var text = StripCode(File.ReadAllText(page));
            foreach (Match link in Link().Matches(text))
            {
                var target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var (file, anchor) = target.Split('#', 2) is [var f, var a] ? (f, a) : (target, null);
                var path = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(file)));
                var where = $"{Path.GetRelativePath(RepositoryFiles.Root, page)}: ({target})";
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{where}: no such file");
                }
                else if (anchor is not null && path.EndsWith(".md", StringComparison.Ordinal) && !AnchorsOf(path).Contains(anchor))
                {
                    broken.Add($"{where}: no such heading");
                }
            }
        }

        Assert.True(pages.Length >= 15, $"only {pages.Length} Markdown files found");
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Theory]
    [InlineData("## Through the API: `simulate`, `sweep`", "through-the-api-simulate-sweep")]
    [InlineData("### Honest verdicts: many children, a holdout, seeds and overfitting", "honest-verdicts-many-children-a-holdout-seeds-and-overfitting")]
    [InlineData("## Graceful shutdown and the shutdown budget", "graceful-shutdown-and-the-shutdown-budget")]
    public void Anchors_AreMadeAsGitHubMakesThem(string heading, string anchor) =>
        Assert.Equal(anchor, AnchorOf(heading));

    private static HashSet<string> AnchorsOf(string path)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in StripCode(File.ReadAllText(path)).Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                var anchor = AnchorOf(line);
                // GitHub numbers repeated headings: name, name-1, name-2, …
                var unique = anchor;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = $"{anchor}-{n}";
                }
            }
        }

        return anchors;
    }

    private static string AnchorOf(string heading)
    {
        var text = heading.TrimStart('#').Trim().ToLowerInvariant();
        var kept = new string([.. text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]);
        return kept.Replace(' ', '-');
    }

    // Links and headings inside fenced code are not links or headings.
    private static string StripCode(string text) => Fence().Replace(text, "");

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
