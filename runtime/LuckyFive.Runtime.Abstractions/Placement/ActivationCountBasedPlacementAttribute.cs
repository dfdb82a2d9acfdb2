namespace LuckyFive.Runtime.Abstractions;

/// <summary>Uses <see cref="ActivationCountBasedPlacement"/> for this grain class. Places new activations on the less loaded of two random compatible silos (power of two choices on activation counts).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ActivationCountBasedPlacementAttribute() : PlacementAttribute(ActivationCountBasedPlacement.Singleton);
