using System.Diagnostics;

namespace LuckyFive.Cli.Tests;

/// <summary>Runs the real luckyfive executable (built next to the tests) and captures what it prints.</summary>
internal static class CliProcess
{
    public static readonly string SharedQuina = FindSharedQuina();

    public static string Workbook => Path.Combine(SharedQuina, "Quina.xlsx");

    /// <summary>contest, date and numbers only: no prize columns.</summary>
    public static string ShortCsv => Path.Combine(SharedQuina, "quina-draws.csv");

    public static readonly string DemoNotice = "No --draws file given: using a synthetic demo history of 1000 contests (seed 1994)." + Environment.NewLine;

    /// <summary>Writes <paramref name="content"/> to a new temporary file with the given extension and returns its path.</summary>
    public static TempFile Temp(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"luckyfive-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return new TempFile(path);
    }

    public static async Task<CliRun> RunAsync(params string[] arguments)
    {
        var cli = typeof(CliException).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        await copy;
        return new CliRun(process.ExitCode, output.ToArray(), await error);
    }

    private static string FindSharedQuina()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LuckyFive.Orleans.sln")))
            {
                return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", "quina"));
            }
        }

        throw new DirectoryNotFoundException("The repository root was not found above the test binaries.");
    }
}

internal sealed record CliRun(int ExitCode, byte[] Output, string Error)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Output);

    public string[] Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class TempFile(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => File.Delete(Path);
}
