namespace LuckyFive.Cli;

/// <summary>
/// A user error: each entry of <see cref="Errors"/> reads <c>&lt;option&gt;: &lt;reason&gt;</c> (details may follow on
/// indented lines) and is printed as <c>error: …</c> on stderr; the exit code is 2 and nothing goes to stdout.
/// </summary>
internal sealed class CliException(IReadOnlyList<string> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public const int ExitCode = 2;

    public CliException(string error)
        : this([error])
    {
    }

    public IReadOnlyList<string> Errors { get; } = errors;
}
