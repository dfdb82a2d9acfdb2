namespace LuckyFive.Cli;

/// <summary>A user error: printed as one clear message, exit code 2, no stack trace.</summary>
internal sealed class CliException(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
