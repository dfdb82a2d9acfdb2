using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Chooses the silo for a new activation under one placement strategy. Register with
/// <c>AddPlacementDirector&lt;TStrategy, TDirector&gt;()</c>. Placement never moves existing activations.
/// </summary>
public interface IPlacementDirector
{
    /// <summary>Picks one of <see cref="IPlacementContext.GetCompatibleSilos"/>.</summary>
    SiloAddress OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context);
}
