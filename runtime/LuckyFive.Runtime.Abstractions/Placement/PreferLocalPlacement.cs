namespace LuckyFive.Runtime.Abstractions;

/// <summary>Places new activations on the silo that handles the call when it is compatible, otherwise on a random one.</summary>
public sealed class PreferLocalPlacement : PlacementStrategy
{
    /// <summary>The shared instance.</summary>
    public static PreferLocalPlacement Singleton { get; } = new();
}
