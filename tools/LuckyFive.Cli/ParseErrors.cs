using System.CommandLine;
using System.CommandLine.Parsing;

namespace LuckyFive.Cli;

/// <summary>Turns System.CommandLine's parse errors into <c>&lt;option&gt;: &lt;reason&gt;</c> lines naming what the user typed.</summary>
internal static class ParseErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var lines = new List<string>();
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            lines.Add(token.StartsWith('-')
                ? $"{token}: unknown option of '{PathOf(parse.CommandResult)}'; '{PathOf(parse.CommandResult)} --help' lists its options"
                : $"{token}: unknown {(command.Subcommands.Count > 0 ? "command" : "argument")} of '{PathOf(parse.CommandResult)}'{Expected(command)}");
        }

        foreach (var error in parse.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult option:
                    lines.Add($"{option.Option.Name}: {Reason(option, error.Message)}");
                    break;
                case ArgumentResult { Parent: OptionResult option }:
                    lines.Add($"{option.Option.Name}: {Reason(option, error.Message)}");
                    break;
                case CommandResult when parse.UnmatchedTokens.Count > 0:
                    break; // already reported above, token by token
                case CommandResult { Command.Subcommands.Count: > 0, Command.Action: null } needsCommand:
                    lines.Add($"{PathOf(needsCommand)}: a command is needed{Expected(needsCommand.Command)}");
                    break;
                default:
                    lines.Add($"{PathOf(parse.CommandResult)}: {error.Message}");
                    break;
            }
        }

        return lines;
    }

    /// <summary>Our own parsers word their reasons; the library's "argument missing" is reworded the same way.</summary>
    private static string Reason(OptionResult option, string message) =>
        option.Tokens.Count == 0 && option.Option.Arity.MinimumNumberOfValues > 0 ? "needs a value" : message;

    private static string Expected(Command command) => command.Subcommands.Count switch
    {
        0 => "",
        <= 2 => $"; expected {string.Join(" or ", command.Subcommands.Select(c => c.Name))}",
        _ => $"; expected one of {string.Join(", ", command.Subcommands.Select(c => c.Name))}",
    };

    private static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Insert(0, command.Parent is null ? "luckyfive" : command.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
