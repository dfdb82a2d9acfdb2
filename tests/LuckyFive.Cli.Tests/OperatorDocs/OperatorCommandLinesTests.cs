using LuckyFive.TestSupport;

namespace LuckyFive.Cli.Tests.OperatorDocs;

/// <summary>
/// Every <c>./run.sh …</c> and <c>luckyfive …</c> command line that the repository's Markdown shows, in a code block
/// or inline, names only commands and options that exist: an operator following docs/runbook.md in an incident, or
/// anyone following any other page, gets no "unknown option".
/// </summary>
public sealed class OperatorCommandLinesTests
{
    private static readonly CommandLineCheck s_check = CommandLineCheck.ForRunScript(RepositoryFiles.Path("run.sh"));

    [Theory]
    [InlineData("runbook.md")]
    [InlineData("operations.md")]
    public void OperatorPage_EveryCommandLine_NamesOnlyCommandsAndOptionsThatExist(string page)
    {
        var lines = MarkdownCommandLines.Read(RepositoryFiles.Path("docs", page)).ToList();

        var problems = lines.SelectMany(l => s_check.Problems(l.Words).Select(p => $"docs/{page}:{l.Line}: {string.Join(' ', l.Words)}: {p}")).ToList();

        Assert.True(lines.Count(l => l.Words[0] == "./run.sh") >= 8, $"docs/{page} shows only {lines.Count(l => l.Words[0] == "./run.sh")} ./run.sh lines");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryMarkdownPage_EveryCommandLine_NamesOnlyCommandsAndOptionsThatExist()
    {
        var pages = Directory.EnumerateFiles(RepositoryFiles.Root, "*.md", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git"))
            .ToList();

        var checkedLines = 0;
        var problems = new List<string>();
        foreach (var page in pages)
        {
            var text = File.ReadAllLines(page);
            foreach (var (line, words) in MarkdownCommandLines.Read(page).Where(c => !IsSynopsisOrDiagram(c.Words) && !ShownFailing(text, c.Line)))
            {
                checkedLines++;
                problems.AddRange(s_check.Problems(words).Select(p => $"{Path.GetRelativePath(RepositoryFiles.Root, page)}:{line}: {string.Join(' ', words)}: {p}"));
            }
        }

        Assert.True(checkedLines >= 50, $"only {checkedLines} command lines in {pages.Count} pages");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // A synopsis ("luckyfive backtest [--draws <xlsx|csv>] …") or a box drawing is not a command line to run.
    private static bool IsSynopsisOrDiagram(string[] words) =>
        words.Any(w => w.StartsWith('[') || w.StartsWith('(') || w.StartsWith('<') || w.Any(c => c is >= '\u2500' and <= '\u257F'));

    // "$ luckyfive backtest --foo" followed by its "error: …" line shows a mistake on purpose.
    private static bool ShownFailing(string[] text, int line) =>
        line < text.Length && text[line].StartsWith("error: ", StringComparison.Ordinal);

    [Theory]
    [InlineData("./run.sh")]
    [InlineData("./run.sh --no-build --silos 2")]
    [InlineData("./run.sh scale 2")]
    [InlineData("./run.sh logs [silo-N|api|postgres]")]
    [InlineData("./run.sh --state /data/luckyfive --no-build")]
    [InlineData("./run.sh backtest --from 501 --to 6882 --strategy hybrid")]
    [InlineData("luckyfive db migrate --connection \"Host=127.0.0.1;Database=luckyfive\" --json")]
    [InlineData("luckyfive keys list --json | jq -r '.[] | select(.active)'")]
    [InlineData("LUCKYFIVE_KEY=lf_x luckyfive keys revoke 0193a5c2-8d1e-7c4b-9a55-2f0e4b6d1a77 > revoked.txt 2>&1")]
    public void Check_ACommandLineThatExists_HasNoProblem(string line)
    {
        var command = Assert.Single(MarkdownCommandLines.Commands(line));

        Assert.Empty(s_check.Problems(command));
    }

    [Theory]
    [InlineData("./run.sh restart", "restart: not a command of ./run.sh")]
    [InlineData("./run.sh scale 2 --force", "--force: not an option of ./run.sh")]
    [InlineData("./run.sh --silos 2 --no-buid", "--no-buid: not an option of ./run.sh")]
    [InlineData("./run.sh status silo-0", "silo-0: ./run.sh status takes no such argument")]
    [InlineData("./run.sh backtest --tikets 20", "--tikets: not a command, option or argument of 'luckyfive backtest'")]
    [InlineData("luckyfive db migrate --conection x", "--conection: not a command, option or argument of 'luckyfive db migrate'")]
    [InlineData("luckyfive keys remove 0193a5c2-8d1e-7c4b-9a55-2f0e4b6d1a77", "remove: not a command, option or argument of 'luckyfive keys'")]
    [InlineData("luckyfive db", "'luckyfive db' needs one of its commands: migrate")]
    public void Check_ACommandOrOptionThatDoesNotExist_IsNamed(string line, string problem)
    {
        var command = Assert.Single(MarkdownCommandLines.Commands(line));

        Assert.Contains(s_check.Problems(command), p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void RunScriptGrammar_IsReadFromTheScript() =>
        Assert.Superset(new HashSet<string> { "start", "stop", "status", "logs", "scale", "backup", "restore", "backtest" }, s_check.Commands.ToHashSet());
}
