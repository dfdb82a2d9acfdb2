namespace LuckyFive.Runtime.Abstractions;

/// <summary>Uses <see cref="ResourceOptimizedPlacement"/> for this grain class. The default: weighs CPU, memory and activation count per silo, sampling a few compatible silos and preferring the local one when it is close to the best.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ResourceOptimizedPlacementAttribute() : PlacementAttribute(ResourceOptimizedPlacement.Singleton);
