namespace LuckyFive.Runtime.Abstractions;

/// <summary>Uses <see cref="RandomPlacement"/> for this grain class. Places new activations on a uniformly random compatible silo.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RandomPlacementAttribute() : PlacementAttribute(RandomPlacement.Singleton);
