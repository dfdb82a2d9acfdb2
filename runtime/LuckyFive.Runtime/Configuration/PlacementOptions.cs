using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Placement defaults.</summary>
public sealed class PlacementOptions
{
    /// <summary>Strategy for grain classes without a placement attribute. Default <see cref="ResourceOptimizedPlacement"/>.</summary>
    public PlacementStrategy DefaultPlacementStrategy { get; set; } = ResourceOptimizedPlacement.Singleton;

    /// <summary>How often each silo publishes its runtime statistics to the others. Default 1 second.</summary>
    public TimeSpan StatisticsPublishPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
