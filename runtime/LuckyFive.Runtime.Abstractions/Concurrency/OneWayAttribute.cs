namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Marks a grain interface method as fire-and-forget: the caller's task completes when the request is sent
/// and never carries the callee's result or exception.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneWayAttribute : Attribute;
