using LuckyFive.Hosting;

namespace LuckyFive.Silo;

/// <summary>
/// Orleans keeps retrying its last membership writes when the database is gone, for minutes and whatever the host's
/// shutdown timeout says. The silo process therefore exits on its own once a stop has taken longer than the
/// shutdown budget: its peers declare it dead as they would after a crash, and nothing acknowledged is lost, since
/// grain state is written before a call returns.
/// </summary>
internal static partial class ShutdownBudget
{
    /// <summary>The exit code of a silo that overran its shutdown budget.</summary>
    public const int ExitCode = 3;

    public static void Enforce(WebApplication app)
    {
        var budget = TimeSpan.FromSeconds(app.Services.GetRequiredService<LuckyFiveClusterOptions>().ShutdownBudgetSeconds);
        app.Lifetime.ApplicationStopping.Register(() => _ = Task.Run(async () =>
        {
            await Task.Delay(budget);
            LogBudgetExceeded(app.Logger, budget.TotalSeconds);
            Environment.Exit(ExitCode);
        }));
    }

    [LoggerMessage(EventId = 3200, Level = LogLevel.Error, Message = "The silo did not stop within its shutdown budget of {Budget} s; exiting.")]
    private static partial void LogBudgetExceeded(ILogger logger, double budget);
}
