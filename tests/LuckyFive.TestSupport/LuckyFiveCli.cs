using System.Diagnostics;

namespace LuckyFive.TestSupport;

/// <summary>The <c>luckyfive</c> command line, from the build output of a test project that references it.</summary>
public static class LuckyFiveCli
{
    /// <summary>Runs it with <paramref name="arguments"/> and returns its standard output's bytes; it must exit 0.</summary>
    public static async Task<byte[]> RunAsync(params string[] arguments)
    {
        var run = await RunProcessAsync(null, arguments);
        return run.ExitCode == 0
            ? run.Output
            : throw new InvalidOperationException($"luckyfive {string.Join(' ', arguments)} exited with {run.ExitCode}: {run.Error}");
    }

    /// <summary>
    /// Runs it with <paramref name="arguments"/> and whatever it exits with; <paramref name="environment"/> sets (or,
    /// with a null value, removes) variables. LUCKYFIVE_API and LUCKYFIVE_KEY are removed unless set there.
    /// </summary>
    public static async Task<CliOutcome> RunProcessAsync(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "luckyfive.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("LUCKYFIVE_API");
        start.Environment.Remove("LUCKYFIVE_KEY");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        await copy;
        return new CliOutcome(process.ExitCode, stdout.ToArray(), await stderr);
    }
}

/// <summary>What a run of the command line did: its exit code, its standard output's bytes and its standard error.</summary>
public sealed record CliOutcome(int ExitCode, byte[] Output, string Error)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Output);
}
