namespace LuckyFive.Cli;

/// <summary>Runs a command body, turning user errors into one line on stderr and exit code 2.</summary>
internal static class CliRunner
{
    public static Task<int> RunAsync(Func<int> body)
    {
        try
        {
            return Task.FromResult(body());
        }
        catch (CliException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Task.FromResult(CliException.ExitCode);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return Task.FromResult(130);
        }
    }
}
