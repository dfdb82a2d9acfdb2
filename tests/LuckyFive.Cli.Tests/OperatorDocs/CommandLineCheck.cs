using System.CommandLine;
using System.Text.RegularExpressions;

namespace LuckyFive.Cli.Tests.OperatorDocs;

/// <summary>
/// Whether a documented command line names only commands and options that exist: <c>luckyfive</c> lines are parsed by
/// the CLI's own parser; <c>./run.sh</c> lines are checked against the commands and options run.sh's argument cases
/// accept (<c>./run.sh backtest …</c> passes the rest to <c>luckyfive backtest</c>). Values are not checked, and a
/// word in brackets (<c>[silo-N|api|postgres]</c>) is a placeholder.
/// </summary>
internal sealed partial class CommandLineCheck
{
    private readonly HashSet<string> _commands;
    private readonly Dictionary<string, bool> _optionTakesValue;
    private readonly HashSet<string> _commandsWithAnArgument;

    private CommandLineCheck(HashSet<string> commands, Dictionary<string, bool> optionTakesValue, HashSet<string> commandsWithAnArgument)
    {
        _commands = commands;
        _optionTakesValue = optionTakesValue;
        _commandsWithAnArgument = commandsWithAnArgument;
    }

    /// <summary>Reads run.sh's grammar from its source: the first argument's case, the option cases and the argument rules.</summary>
    public static CommandLineCheck ForRunScript(string script)
    {
        var lines = File.ReadAllLines(script);
        var commands = lines.Select(l => SubcommandCase().Match(l)).First(m => m.Success).Groups[1].Value
            .Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var options = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var option in lines.Select(l => OptionCase().Match(l)).Where(m => m.Success))
        {
            foreach (var name in option.Groups[1].Value.Split('|', StringSplitOptions.TrimEntries))
            {
                options[name] = option.Groups[2].Value.Contains("shift 2", StringComparison.Ordinal);
            }
        }

        var withAnArgument = lines.Where(l => l.Contains("[ -z \"$", StringComparison.Ordinal))
            .SelectMany(l => CommandTest().Matches(l).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        return new CommandLineCheck(commands, options, withAnArgument);
    }

    /// <summary>What is wrong with <paramref name="words"/> (<c>./run.sh …</c> or <c>luckyfive …</c>); empty when nothing is.</summary>
    public IReadOnlyList<string> Problems(string[] words) => words switch
    {
        // The name alone names the program (or, in a table, the default service id), not a command line.
        ["luckyfive"] => [],
        ["luckyfive", .. var rest] => CliProblems(rest),
        ["./run.sh", .. var rest] => RunScriptProblems(rest),
        _ => [$"'{string.Join(' ', words)}' is neither a ./run.sh nor a luckyfive command line"],
    };

    /// <summary>The run.sh commands found, so that a test can tell the grammar was read.</summary>
    public IReadOnlySet<string> Commands => _commands;

    private List<string> RunScriptProblems(string[] words)
    {
        var command = "start";
        if (words is [var first, ..] && !first.StartsWith('-'))
        {
            if (!_commands.Contains(first))
            {
                return [$"{first}: not a command of ./run.sh; one of {string.Join(", ", _commands.Order(StringComparer.Ordinal))}"];
            }

            command = first;
            words = words[1..];
        }

        if (command == "backtest")
        {
            return CliProblems(["backtest", .. words]);
        }

        var problems = new List<string>();
        var arguments = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (IsPlaceholder(words[i]))
            {
                continue;
            }

            if (words[i].StartsWith('-'))
            {
                if (!_optionTakesValue.TryGetValue(words[i], out var takesValue))
                {
                    problems.Add($"{words[i]}: not an option of ./run.sh");
                }

                i += takesValue ? 1 : 0;
            }
            else if (++arguments > (_commandsWithAnArgument.Contains(command) ? 1 : 0))
            {
                problems.Add($"{words[i]}: ./run.sh {command} takes no such argument");
            }
        }

        return problems;
    }

    private static List<string> CliProblems(string[] words)
    {
        var parse = CliApplication.CreateRoot().Parse(words.Where(w => !IsPlaceholder(w)).ToArray());
        var problems = parse.UnmatchedTokens.Select(token => $"{token}: not a command, option or argument of '{PathOf(parse)}'").ToList();
        var command = parse.CommandResult.Command;
        if (problems.Count == 0 && command.Subcommands.Count > 0 && command.Action is null)
        {
            problems.Add($"'{PathOf(parse)}' needs one of its commands: {string.Join(", ", command.Subcommands.Select(c => c.Name))}");
        }

        return problems;
    }

    private static string PathOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Parent is null ? "luckyfive" : result.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static bool IsPlaceholder(string word) => word.StartsWith('[') && word.EndsWith(']');

    // case "${1:-}" in start | stop | … ) command=$1; shift ;; esac
    [GeneratedRegex(@"^case ""\$\{1:-\}"" in ([^)]+)\)")]
    private static partial Regex SubcommandCase();

    //     --silos) silos=${2:?…}; shift 2 ;;     and     -h | --help) …
    [GeneratedRegex(@"^\s+(-[-\w]+(?:\s*\|\s*-[-\w]+)*)\)(.*)$")]
    private static partial Regex OptionCase();

    [GeneratedRegex(@"""\$command"" = (\w+)")]
    private static partial Regex CommandTest();
}
