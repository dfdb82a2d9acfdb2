namespace LuckyFive.Runtime.Abstractions;

/// <summary>Places new activations on the less loaded of two random compatible silos (power of two choices on activation counts).</summary>
public sealed class ActivationCountBasedPlacement : PlacementStrategy
{
    /// <summary>The shared instance.</summary>
    public static ActivationCountBasedPlacement Singleton { get; } = new();
}
