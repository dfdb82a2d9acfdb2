namespace LuckyFive.Runtime.Abstractions;

/// <summary>Places new activations by hashing the grain id over the sorted compatible silos: stable for a fixed silo set.</summary>
public sealed class HashBasedPlacement : PlacementStrategy
{
    /// <summary>The shared instance.</summary>
    public static HashBasedPlacement Singleton { get; } = new();
}
