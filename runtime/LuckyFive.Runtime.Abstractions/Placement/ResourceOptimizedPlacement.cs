namespace LuckyFive.Runtime.Abstractions;

/// <summary>The default: weighs CPU, memory and activation count per silo, sampling a few compatible silos and preferring the local one when it is close to the best.</summary>
public sealed class ResourceOptimizedPlacement : PlacementStrategy
{
    /// <summary>The shared instance.</summary>
    public static ResourceOptimizedPlacement Singleton { get; } = new();
}
