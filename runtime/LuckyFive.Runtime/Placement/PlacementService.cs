using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime;

/// <summary>Resolves a grain type's strategy and director and picks a silo among the compatible ones.</summary>
internal sealed class PlacementService(SiloRuntime silo, IServiceProvider services, PlacementOptions options) : IPlacementContext
{
    private static readonly Dictionary<string, PlacementStrategy> s_builtIn = new(StringComparer.Ordinal)
    {
        [nameof(RandomPlacement)] = RandomPlacement.Singleton,
        [nameof(PreferLocalPlacement)] = PreferLocalPlacement.Singleton,
        [nameof(HashBasedPlacement)] = HashBasedPlacement.Singleton,
        [nameof(ActivationCountBasedPlacement)] = ActivationCountBasedPlacement.Singleton,
        [nameof(ResourceOptimizedPlacement)] = ResourceOptimizedPlacement.Singleton,
        [nameof(SiloTargetedPlacement)] = SiloTargetedPlacement.Singleton,
    };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IPlacementDirector> _directors = new();

    public SiloAddress LocalSilo => silo.Address;

    public SiloAddress Place(GrainId grainId, GrainTypeDescriptor descriptor)
    {
        var strategy = silo.LocalClasses.TryGetValue(descriptor.GrainType, out var local)
            ? local.Placement ?? options.DefaultPlacementStrategy
            : s_builtIn.GetValueOrDefault(descriptor.Placement) ?? options.DefaultPlacementStrategy;
        var target = new PlacementTarget(grainId, descriptor.GrainType);
        if (GetCompatibleSilos(target).Count == 0)
        {
            throw new SiloUnavailableException($"No active silo hosts grain type '{descriptor.GrainType}'.");
        }

        var director = _directors.GetOrAdd(strategy.GetType(), static (type, services) =>
            services.GetKeyedService<IPlacementDirector>(type) ?? services.GetRequiredKeyedService<IPlacementDirector>(typeof(ResourceOptimizedPlacement)), services);
        var chosen = director.OnAddActivation(strategy, target, this);
        silo.Statistics.RecordPlacement(chosen);
        return chosen;
    }

    public IReadOnlyList<SiloAddress> GetCompatibleSilos(PlacementTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return silo.Membership.Current.GetActiveSilosHosting(target.GrainType);
    }

    // Every silo, this one included, is seen the same way: its last published figures plus the placements this silo
    // made since. Counting this silo live instead (activations other silos placed here included) makes each silo
    // look heavier to itself than its peers do, and a burst of concurrent placements drifts away from balance.
    public SiloRuntimeStatistics? GetSiloStatistics(SiloAddress siloAddress) => silo.Statistics.Get(siloAddress);
}
