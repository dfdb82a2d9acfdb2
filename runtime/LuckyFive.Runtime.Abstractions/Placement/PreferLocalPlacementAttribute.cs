namespace LuckyFive.Runtime.Abstractions;

/// <summary>Uses <see cref="PreferLocalPlacement"/> for this grain class. Places new activations on the silo that handles the call when it is compatible, otherwise on a random one.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PreferLocalPlacementAttribute() : PlacementAttribute(PreferLocalPlacement.Singleton);
