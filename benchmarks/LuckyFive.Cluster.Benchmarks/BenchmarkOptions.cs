using System.Globalization;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>The coordinator's command line: <c>[--duration s] [--warmup s] [--in-flight n] [--writes-in-flight n]</c>.</summary>
internal sealed record BenchmarkOptions(TimeSpan Duration, TimeSpan Warmup, int CallsInFlight, int WritesInFlight)
{
    public const string Usage =
        "usage: LuckyFive.Cluster.Benchmarks [--duration <seconds, default 10>] [--warmup <seconds, default 2>]\n"
        + "                                   [--in-flight <calls, default 64>] [--writes-in-flight <writes, default 16>]\n"
        + "Each measurement warms up, then runs for the duration; 11 measurements plus about 30 s of start-up and shut-down.";

    public static BenchmarkOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchmarkOptions(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2), 64, 16);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number(args[i], value, 0.1, 600, Usage)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number(args[i], value, 0, 120, Usage)) },
                "--in-flight" => options with { CallsInFlight = (int)Number(args[i], value, 1, 4096, Usage) },
                "--writes-in-flight" => options with { WritesInFlight = (int)Number(args[i], value, 1, 150, Usage) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'.\n{Usage}"),
            };
            i++;
        }

        return options;
    }

    /// <summary>The option's value as a number in <paramref name="min"/>..<paramref name="max"/>, or an error with <paramref name="usage"/>.</summary>
    internal static double Number(string name, string value, double min, double max, string usage) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be a number in {min}..{max} (got '{value}').\n{usage}");
}
