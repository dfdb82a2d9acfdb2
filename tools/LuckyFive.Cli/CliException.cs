namespace LuckyFive.Cli;

/// <summary>
/// A user error: each entry of <see cref="Errors"/> reads <c>&lt;option&gt;: &lt;reason&gt;</c> (details may follow on
/// indented lines) and is printed as <c>error: …</c> on stderr; nothing goes to stdout. The exit code is 2 for a
/// usage error, or the <see cref="ExitCodes"/> value the error was raised with (the API or the database unreachable,
/// refusing, failing).
/// </summary>
internal sealed class CliException(IReadOnlyList<string> errors, int code = CliException.ExitCode) : Exception(string.Join(Environment.NewLine, errors))
{
    public const int ExitCode = ExitCodes.Usage;

    public CliException(string error, int code = ExitCode)
        : this([error], code)
    {
    }

    public IReadOnlyList<string> Errors { get; } = errors;

    /// <summary>The process's exit code for this error.</summary>
    public int Code { get; } = code;
}

/// <summary>The exit codes of every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done: a run completed (or went bankrupt, which is a result), an import rejected nothing.</summary>
    public const int Success = 0;

    /// <summary>Done, but what was run did not succeed: a simulation failed or was cancelled, an import rejected rows.</summary>
    public const int NotSucceeded = 1;

    /// <summary>The command line or a value in it is wrong, or the API refused the request's content (400).</summary>
    public const int Usage = 2;

    /// <summary>The API or the database could not be reached or did not answer in time.</summary>
    public const int Unreachable = 3;

    /// <summary>
    /// The API refused: no or a wrong key (401), a role too low (403), nothing there (404), a conflict (409); or the
    /// database refused the login or has no such database.
    /// </summary>
    public const int Refused = 4;

    /// <summary>The API failed (5xx), or a migration or statement failed in the database.</summary>
    public const int Failed = 5;
}
