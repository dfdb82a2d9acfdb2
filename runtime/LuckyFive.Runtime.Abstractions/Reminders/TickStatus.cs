namespace LuckyFive.Runtime.Abstractions;

/// <summary>Describes one reminder tick.</summary>
/// <param name="FirstTickTime">When the reminder first ticked (UTC).</param>
/// <param name="Period">The reminder's period.</param>
/// <param name="CurrentTickTime">When this tick was scheduled (UTC).</param>
public readonly record struct TickStatus(DateTime FirstTickTime, TimeSpan Period, DateTime CurrentTickTime);
