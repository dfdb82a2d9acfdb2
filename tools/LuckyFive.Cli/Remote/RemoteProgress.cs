using Spectre.Console;

namespace LuckyFive.Cli.Remote;

/// <summary>
/// A progress bar on stderr for work the cluster does, drawn only when stderr is a terminal; otherwise the work runs
/// with no output, so pipes and files get the result alone.
/// </summary>
internal static class RemoteProgress
{
    /// <summary>Runs <paramref name="follow"/>, which reports (done, total, description) as the work advances.</summary>
    public static async Task<T> RunAsync<T>(string title, Func<Action<double, double, string?>, Task<T>> follow)
    {
        if (Console.IsErrorRedirected)
        {
            return await follow((_, _, _) => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(title), maxValue: 1);
            var result = await follow((done, total, description) =>
            {
                task.MaxValue = Math.Max(1, total);
                task.Value = Math.Min(done, task.MaxValue);
                if (description is not null)
                {
                    task.Description = Markup.Escape($"{title}: {description}");
                }
            });
            task.Value = task.MaxValue;
            return result;
        });
    }
}
