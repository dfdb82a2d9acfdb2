using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>One durable reminder row.</summary>
public sealed record ReminderEntry
{
    /// <summary>The grain the reminder belongs to.</summary>
    public required GrainId GrainId { get; init; }

    /// <summary>The reminder's name, unique per grain.</summary>
    public required string ReminderName { get; init; }

    /// <summary>When the first tick is due (UTC).</summary>
    public required DateTime StartAt { get; init; }

    /// <summary>Time between ticks.</summary>
    public required TimeSpan Period { get; init; }

    /// <summary>The row version; null before the first write.</summary>
    public string? ETag { get; init; }
}
