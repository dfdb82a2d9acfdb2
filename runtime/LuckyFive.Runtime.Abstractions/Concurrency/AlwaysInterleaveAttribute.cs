namespace LuckyFive.Runtime.Abstractions;

/// <summary>Lets calls to this grain interface method interleave with any other request.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;
