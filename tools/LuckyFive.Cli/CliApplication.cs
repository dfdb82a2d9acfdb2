using System.CommandLine;
using System.CommandLine.Help;
using LuckyFive.Cli.Commands;

namespace LuckyFive.Cli;

/// <summary>
/// Parses the command line and keeps the contract of docs/cli.md: help only for <c>--help</c>; every parse error
/// as <c>error: &lt;option&gt;: &lt;reason&gt;</c> on stderr with exit code 2 and nothing on stdout.
/// </summary>
internal static class CliApplication
{
    public static RootCommand CreateRoot() => new("LuckyFive: replay Quina strategies against the official draws.")
    {
        BacktestCommand.Create(),
        DrawsCommand.Create(),
        SimulateCommand.Create(),
        SweepCommand.Create(),
        ImportCommand.Create(),
        ClusterCommand.Create(),
        KeysCommand.Create(),
        LeaderboardCommand.Create(),
        CompareCommand.Create(),
        DbCommand.Create(),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var root = CreateRoot();
        var parse = root.Parse(args);
        if (parse.Action is HelpAction || (IsVersionRequest(root, parse) && parse.Errors.Count == 0))
        {
            return await parse.InvokeAsync();
        }

        var errors = ParseErrors.Describe(parse);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync($"error: {error}");
            }

            return CliException.ExitCode;
        }

        return await parse.InvokeAsync();
    }

    private static bool IsVersionRequest(RootCommand root, ParseResult parse) =>
        root.Options.OfType<VersionOption>().Any(option => parse.GetResult(option) is not null);
}
