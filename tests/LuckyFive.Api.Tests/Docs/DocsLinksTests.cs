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
        Assert.Equal(anchor, MarkdownAnchors.Of(heading));

    [Fact]
    public void Anchors_OfARepeatedHeading_AreNumberedInOrder()
    {
        var anchors = new MarkdownAnchors();

        Assert.Equal(["results", "results-1", "results-2"], new[] { "## Results", "### Results", "## Results" }.Select(anchors.Add));
    }

    private static IReadOnlySet<string> AnchorsOf(string path)
    {
        var anchors = new MarkdownAnchors();
        foreach (var line in StripCode(File.ReadAllText(path)).Split('\n').Where(l => l.StartsWith('#')))
        {
            anchors.Add(line);
        }

        return anchors.All;
    }

    // Links and headings inside fenced code are not links or headings.
    private static string StripCode(string text) => Fence().Replace(text, "");

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
