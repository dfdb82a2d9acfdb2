using System.CommandLine;

namespace LuckyFive.Cli.Commands;

/// <summary>Options that more than one command takes, defined once so they read and behave the same.</summary>
internal static class CommonOptions
{
    public static Option<string?> Sheet() => new("--sheet") { Description = "Worksheet name in an .xlsx file (default QUINA)." };

    public static Option<string?> Culture() => new("--culture")
    {
        Description = $"Number style of the report: {string.Join(" or ", NumberStyle.All.Select(s => s.Name))} (default {NumberStyle.PortugueseBrazil.Name}).",
    };

    /// <summary>The style named by <c>--culture</c>; pt-BR when it is not given.</summary>
    public static NumberStyle StyleOf(string? culture) => culture is null
        ? NumberStyle.PortugueseBrazil
        : NumberStyle.Find(culture)
            ?? throw new CliException($"--culture: unknown culture '{culture}'; one of {string.Join(", ", NumberStyle.All.Select(s => s.Name))}");
}
