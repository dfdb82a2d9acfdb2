namespace LuckyFive.Runtime;

/// <summary>Durable reminders.</summary>
public sealed class ReminderOptions
{
    /// <summary>Shortest allowed reminder period. Default 1 minute (lower it in tests only).</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a silo re-reads the reminders of its ring range. Default 5 minutes.</summary>
    public TimeSpan RefreshReminderListPeriod { get; set; } = TimeSpan.FromMinutes(5);
}
