namespace LuckyFive.Cli;

/// <summary>Runs a command body, turning user errors into <c>error:</c> lines on stderr and their exit code.</summary>
internal static class CliRunner
{
    public static Task<int> RunAsync(Func<int> body) => RunAsync(() => Task.FromResult(body()));

    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CliException e)
        {
            foreach (var error in e.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error}");
            }

            return e.Code;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
    }
}
