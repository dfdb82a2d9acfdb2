namespace LuckyFive.Grains.Sweeps;

/// <summary>How sweeps follow their children (configuration section <c>LuckyFive:Sweeps</c>).</summary>
public sealed class SweepOptions
{
    public const string SectionName = "LuckyFive:Sweeps";

    /// <summary>
    /// How often a sweep asks its running children how far they are. A child's status is an in-memory read, so this
    /// costs little; it bounds the idle time between one child finishing and the next starting.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a reminder checks that an unfinished sweep is running (Orleans' minimum is 1 minute).</summary>
    public TimeSpan ResumePeriod { get; set; } = TimeSpan.FromMinutes(1);
}
