using System.Diagnostics;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// Runs every <c>```sh</c> block of docs/api.md, in order and in one shell, against a live API, as a reader would:
/// with <c>LUCKYFIVE_API</c>, <c>LUCKYFIVE_KEY</c> (a runner key) and <c>LUCKYFIVE_ADMIN_KEY</c> set, in a folder
/// holding <c>Quina.xlsx</c>. Every curl must answer 2xx, or the status a block names (<c>```sh status=404</c>); a
/// <c>```json</c> block right after a shell block must have the shape of that block's last answer.
/// </summary>
public sealed class ApiDocsExamplesTests(DocumentedApiFixture api) : IClassFixture<DocumentedApiFixture>
{
    // Records each answer's status and body per block, then prints the body, or writes it to -o FILE, as curl would.
    private const string Prelude = """
        set -euo pipefail
        curl() {
          local body status target="" args=()
          while [ $# -gt 0 ]; do
            case "$1" in
              -o|--output) target="$2"; shift 2 ;;
              *) args+=("$1"); shift ;;
            esac
          done
          body="$(mktemp)"
          status="$(command curl --silent --show-error --output "$body" --write-out '%{http_code}' "${args[@]}")"
          echo "$status" >> "$LF_OUT/$LF_BLOCK.status"
          cp "$body" "$LF_OUT/$LF_BLOCK.body"
          if [ -n "$target" ]; then mv "$body" "$target"; else cat "$body"; rm -f "$body"; fi
        }
        """;

    [Fact]
    public async Task ApiGuide_EveryShellExample_AnswersAsDocumented()
    {
        var blocks = MarkdownFences.Read(RepositoryFiles.Path("docs", "api.md"));
        // A "setup" block sets what the test sets itself: the address and the keys.
        var shell = blocks.Where(b => b.Language == "sh" && !b.Info.Split(' ').Contains("setup")).ToList();
        using var folder = new TemporaryFolder();
        File.Copy(QuinaData.Workbook, Path.Combine(folder.Path, "Quina.xlsx"));
        // LUCKYFIVE_DOCS_ANSWERS=<folder> keeps every answer there (<block>.body, <block>.status) for writing the docs.
        var output = Directory.CreateDirectory(Environment.GetEnvironmentVariable("LUCKYFIVE_DOCS_ANSWERS") ?? Path.Combine(folder.Path, "answers")).FullName;
        var script = string.Join("\n", [Prelude, .. shell.Select((b, i) => $"LF_BLOCK={i}\n{b.Text}")]);

        var (code, stdout, stderr) = await RunBashAsync(script, folder.Path, output);

        Assert.True(shell.Count >= 20, $"docs/api.md has only {shell.Count} shell examples");
        Assert.True(code == 0, $"the examples stopped with exit code {code}:\n{stderr}\n{Tail(stdout)}");
        var problems = new List<string>();
        for (var i = 0; i < shell.Count; i++)
        {
            problems.AddRange(Check(shell[i], Path.Combine(output, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Check(FencedBlock block, string answers)
    {
        var where = $"docs/api.md:{block.Line}";
        if (!File.Exists(answers + ".status"))
        {
            yield return $"{where}: the block made no request";
            yield break;
        }

        var expected = block.Setting("status");
        foreach (var status in File.ReadAllLines(answers + ".status"))
        {
            var ok = expected is null ? status.StartsWith('2') : status == expected;
            if (!ok)
            {
                yield return $"{where}: answered {status}, documented {expected ?? "2xx"}: {File.ReadAllText(answers + ".body")}";
            }
        }

        if (block.Next is { Language: "json" } documented)
        {
            JsonShape? answered = null;
            string? unreadable = null;
            try
            {
                answered = JsonShape.Of(File.ReadAllText(answers + ".body"));
            }
            catch (System.Text.Json.JsonException e)
            {
                unreadable = e.Message;
            }

            if (unreadable is not null)
            {
                yield return $"{where}: the last answer is not JSON: {unreadable}";
                yield break;
            }

            foreach (var difference in JsonShape.Differences(JsonShape.Of(documented.Text), answered!))
            {
                yield return $"docs/api.md:{documented.Line}: {difference}";
            }
        }
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunBashAsync(string script, string folder, string output)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LUCKYFIVE_API"] = api.Address.ToString().TrimEnd('/');
        start.Environment["LUCKYFIVE_KEY"] = api.RunnerKey;
        start.Environment["LUCKYFIVE_ADMIN_KEY"] = DocumentedApiFixture.AdminKey;
        start.Environment["LF_OUT"] = output;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The examples did not finish within 3 minutes:\n{Tail(await stdout)}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
