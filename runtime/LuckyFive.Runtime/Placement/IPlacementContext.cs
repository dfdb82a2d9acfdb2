using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>What a placement director may consult.</summary>
public interface IPlacementContext
{
    /// <summary>The silo making the decision.</summary>
    SiloAddress LocalSilo { get; }

    /// <summary>Active silos hosting the target's grain type, sorted by address.</summary>
    IReadOnlyList<SiloAddress> GetCompatibleSilos(PlacementTarget target);

    /// <summary>The latest load figures of a silo (including placements this silo made since), or null.</summary>
    SiloRuntimeStatistics? GetSiloStatistics(SiloAddress silo);
}
