using System.Diagnostics;
using System.Text.RegularExpressions;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// Runs docs/user-guide.md as a reader would: every <c>```sh</c> block in order, in one folder holding
/// <c>Quina.xlsx</c>, with <c>luckyfive</c> on the PATH and <c>LUCKYFIVE_API</c> / <c>LUCKYFIVE_KEY</c> (the admin key)
/// set. Each block must exit 0, or the code it names (<c>```sh exit=2</c>); a <c>```text</c> block right after one
/// must be its output (stdout and stderr), line for line, ids aside. <c>norun</c> blocks may only hold <c>./run.sh</c>
/// commands, which the run script's tests run; <c>setup</c> blocks set what this test sets itself.
/// </summary>
public sealed partial class UserGuideExamplesTests(DocumentedApiFixture api) : IClassFixture<DocumentedApiFixture>
{
    private static readonly string s_guide = RepositoryFiles.Path("docs", "user-guide.md");

    [Fact]
    public async Task UserGuide_EveryCommand_RunsAndPrintsWhatTheGuideShows()
    {
        var blocks = MarkdownFences.Read(s_guide);
        using var folder = new TemporaryFolder();
        File.Copy(QuinaData.Workbook, Path.Combine(folder.Path, "Quina.xlsx"));
        var bin = Directory.CreateDirectory(Path.Combine(folder.Path, ".bin")).FullName;
        var wrapper = Path.Combine(bin, "luckyfive");
        await File.WriteAllTextAsync(wrapper, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "luckyfive.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var problems = new List<string>();
        var ran = 0;
        foreach (var block in blocks.Where(b => b.Language == "sh"))
        {
            var words = block.Info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Contains("setup"))
            {
                continue;
            }

            if (words.Contains("norun"))
            {
                problems.AddRange(block.Text.Split('\n').Where(l => l.Trim().Length > 0 && !l.StartsWith("./run.sh", StringComparison.Ordinal))
                    .Select(l => $"docs/user-guide.md:{block.Line}: a norun block may hold only ./run.sh commands, not '{l}'"));
                continue;
            }

            ran++;
            var (code, output) = await RunAsync(block.Text, folder.Path, bin);
            var expected = int.Parse(block.Setting("exit") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            if (code != expected)
            {
                problems.Add($"docs/user-guide.md:{block.Line}: exited {code}, documented {expected}:\n{output}");
            }
            else if (block.Next is { Language: "text" } shown && Normalize(shown.Text) != Normalize(output))
            {
                problems.Add($"docs/user-guide.md:{shown.Line}: the guide shows\n{shown.Text}\nbut the command printed\n{output}");
            }
        }

        Assert.True(ran >= 6, $"docs/user-guide.md runs only {ran} blocks");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    // Ids are new on every run; trailing blank lines are not content.
    private static string Normalize(string text) => Id().Replace(text.Replace("\r", "", StringComparison.Ordinal), "<id>").TrimEnd();

    private async Task<(int Code, string Output)> RunAsync(string script, string folder, string bin)
    {
        var start = new ProcessStartInfo("bash", ["-c", "set -eo pipefail\n" + script + "\n"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["LUCKYFIVE_API"] = api.Address.ToString().TrimEnd('/');
        start.Environment["LUCKYFIVE_KEY"] = DocumentedApiFixture.AdminKey;
        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, output.ToString());
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex Id();
}
