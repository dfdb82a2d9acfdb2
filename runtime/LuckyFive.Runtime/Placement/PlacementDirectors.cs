using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Uniformly random compatible silo.</summary>
internal sealed class RandomPlacementDirector : IPlacementDirector
{
    public SiloAddress OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        return silos[Random.Shared.Next(silos.Count)];
    }
}

/// <summary>The local silo when compatible, otherwise random.</summary>
internal sealed class PreferLocalPlacementDirector : IPlacementDirector
{
    public SiloAddress OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        return silos.Contains(context.LocalSilo) ? context.LocalSilo : silos[Random.Shared.Next(silos.Count)];
    }
}

/// <summary>Hash of the grain id over the sorted compatible silos: stable while the silo set is.</summary>
internal sealed class HashBasedPlacementDirector : IPlacementDirector
{
    public SiloAddress OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        return silos[(int)(target.GrainId.GetUniformHashCode() % (uint)silos.Count)];
    }
}

/// <summary>Power of two choices on activation counts.</summary>
internal sealed class ActivationCountPlacementDirector : IPlacementDirector
{
    public SiloAddress OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (silos.Count == 1)
        {
            return silos[0];
        }

        var first = Random.Shared.Next(silos.Count);
        var second = (first + 1 + Random.Shared.Next(silos.Count - 1)) % silos.Count;
        var a = context.GetSiloStatistics(silos[first])?.ActivationCount ?? 0;
        var b = context.GetSiloStatistics(silos[second])?.ActivationCount ?? 0;
        return a <= b ? silos[first] : silos[second];
    }
}
