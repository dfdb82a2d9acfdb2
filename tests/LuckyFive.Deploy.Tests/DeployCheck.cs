using System.Diagnostics;
using LuckyFive.TestSupport;

namespace LuckyFive.Deploy.Tests;

/// <summary>Runs <c>deploy/check.sh</c> and hands back what it printed.</summary>
internal static class DeployCheck
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.Root,
        };
        start.ArgumentList.Add(RepositoryFiles.Path("deploy", "check.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output + await error);
    }

    /// <summary>A copy of a repository file with <paramref name="from"/> replaced, in a new temporary folder.</summary>
    public static string BrokenCopy(string repositoryPath, string from, string to, string? fileName = null)
    {
        var text = File.ReadAllText(RepositoryFiles.Path(repositoryPath.Split('/')));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("luckyfive-deploy-").FullName;
        var path = System.IO.Path.Combine(folder, fileName ?? System.IO.Path.GetFileName(repositoryPath));
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return path;
    }
}
