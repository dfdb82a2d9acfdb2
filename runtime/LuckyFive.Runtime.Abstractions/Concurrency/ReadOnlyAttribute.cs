namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Marks a grain interface method as read-only: read-only requests may interleave with each other, never with
/// other requests. A promise not to mutate grain state.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
