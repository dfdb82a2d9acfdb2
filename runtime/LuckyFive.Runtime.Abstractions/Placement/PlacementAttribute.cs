namespace LuckyFive.Runtime.Abstractions;

/// <summary>Base class of the attributes that choose a grain class's placement strategy.</summary>
/// <param name="placementStrategy">The strategy.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class PlacementAttribute(PlacementStrategy placementStrategy) : Attribute
{
    /// <summary>The strategy.</summary>
    public PlacementStrategy PlacementStrategy { get; } = placementStrategy;
}
