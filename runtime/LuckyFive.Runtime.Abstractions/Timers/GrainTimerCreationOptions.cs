namespace LuckyFive.Runtime.Abstractions;

/// <summary>Options of a grain timer.</summary>
/// <param name="dueTime">Delay before the first tick.</param>
/// <param name="period">Delay between the end of one tick and the start of the next; <see cref="Timeout.InfiniteTimeSpan"/> for one tick.</param>
public readonly struct GrainTimerCreationOptions(TimeSpan dueTime, TimeSpan period) : IEquatable<GrainTimerCreationOptions>
{
    /// <summary>Delay before the first tick.</summary>
    public TimeSpan DueTime { get; init; } = dueTime;

    /// <summary>Delay between the end of one tick and the start of the next; ticks never overlap.</summary>
    public TimeSpan Period { get; init; } = period;

    /// <summary>Whether ticks may interleave with requests. False (default): ticks obey the grain's reentrancy rules.</summary>
    public bool Interleave { get; init; }

    /// <summary>Whether ticks count as activity for idle collection. False by default.</summary>
    public bool KeepAlive { get; init; }

    /// <inheritdoc />
    public bool Equals(GrainTimerCreationOptions other) =>
        DueTime == other.DueTime && Period == other.Period && Interleave == other.Interleave && KeepAlive == other.KeepAlive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GrainTimerCreationOptions other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DueTime, Period, Interleave, KeepAlive);

    /// <summary>Equality.</summary>
    public static bool operator ==(GrainTimerCreationOptions left, GrainTimerCreationOptions right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GrainTimerCreationOptions left, GrainTimerCreationOptions right) => !left.Equals(right);
}
