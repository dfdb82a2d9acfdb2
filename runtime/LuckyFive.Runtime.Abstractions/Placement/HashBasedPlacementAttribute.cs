namespace LuckyFive.Runtime.Abstractions;

/// <summary>Uses <see cref="HashBasedPlacement"/> for this grain class. Places new activations by hashing the grain id over the sorted compatible silos: stable for a fixed silo set.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class HashBasedPlacementAttribute() : PlacementAttribute(HashBasedPlacement.Singleton);
