using System.Diagnostics;

namespace LuckyFive.TestSupport;

/// <summary>The <c>luckyfive</c> command line, from the build output of a test project that references it.</summary>
public static class LuckyFiveCli
{
    /// <summary>Runs it with <paramref name="arguments"/> and returns its standard output's bytes; it must exit 0.</summary>
    public static async Task<byte[]> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "luckyfive.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await copy;
        return process.ExitCode == 0
            ? stdout.ToArray()
            : throw new InvalidOperationException($"luckyfive {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
    }
}
