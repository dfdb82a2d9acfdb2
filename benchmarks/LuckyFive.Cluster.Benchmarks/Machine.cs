using System.Runtime.InteropServices;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>What the figures were measured on, and how busy it was.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), "
            + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>
    /// Prints the machine and its load at the start of a run, and makes the folder the run's silos log to
    /// (named with <paramref name="prefix"/>), printing where it is.
    /// </summary>
    public static async Task<string> AnnounceRunAsync(TextWriter output, string prefix, string loadBefore)
    {
        ArgumentNullException.ThrowIfNull(output);
        var logDirectory = Directory.CreateTempSubdirectory(prefix).FullName;
        await output.WriteLineAsync($"# machine: {Describe()}; load average {loadBefore}");
        await output.WriteLineAsync($"# silo logs: {logDirectory}");
        return logDirectory;
    }

    /// <summary>The 1, 5 and 15 minute load averages, as <c>uptime</c> prints them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
