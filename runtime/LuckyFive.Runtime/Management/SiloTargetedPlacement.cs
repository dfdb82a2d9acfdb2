using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Places a grain on the silo whose address is its string key; fails when that silo is not active.</summary>
internal sealed class SiloTargetedPlacement : PlacementStrategy
{
    public static SiloTargetedPlacement Singleton { get; } = new();
}

/// <summary>Uses <see cref="SiloTargetedPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class SiloTargetedPlacementAttribute() : PlacementAttribute(SiloTargetedPlacement.Singleton);

/// <summary>The director of <see cref="SiloTargetedPlacement"/>.</summary>
internal sealed class SiloTargetedPlacementDirector : IPlacementDirector
{
    public SiloAddress OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var wanted = SiloAddress.Parse(target.GrainId.Key);
        return context.GetCompatibleSilos(target).Contains(wanted)
            ? wanted
            : throw new SiloUnavailableException($"Silo {wanted} is not active.");
    }
}
