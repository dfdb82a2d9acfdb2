namespace LuckyFive.Runtime.Abstractions;

/// <summary>Places new activations on a uniformly random compatible silo.</summary>
public sealed class RandomPlacement : PlacementStrategy
{
    /// <summary>The shared instance.</summary>
    public static RandomPlacement Singleton { get; } = new();
}
