namespace LuckyFive.Cli;

/// <summary>Runs a command body, turning user errors into <c>error:</c> lines on stderr and exit code 2.</summary>
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
            foreach (var error in e.Errors)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            return Task.FromResult(CliException.ExitCode);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return Task.FromResult(130);
        }
    }
}
