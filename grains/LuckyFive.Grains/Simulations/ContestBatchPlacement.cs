using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Placement;

namespace LuckyFive.Grains.Simulations;

/// <summary>
/// Stands for whichever Orleans strategy <see cref="SimulationOptions.BatchPlacement"/> names. Orleans resolves a grain
/// class's strategy by the name its attribute records, as a keyed <see cref="PlacementStrategy"/> service; LuckyFive
/// registers this name as the configured strategy, so only contest batches follow the option and every other grain
/// keeps its own placement. It is never itself placed: Orleans picks the director of the strategy it resolves to.
/// </summary>
public sealed class ContestBatchPlacement : PlacementStrategy
{
    /// <summary>The name the attribute records and the silo resolves.</summary>
    public const string Name = nameof(ContestBatchPlacement);

    internal static void Register(IServiceCollection services) =>
        services.AddKeyedSingleton<PlacementStrategy>(Name, (provider, _) =>
            For(provider.GetRequiredService<IOptions<SimulationOptions>>().Value.BatchPlacement));

    /// <summary>The Orleans strategy a setting means.</summary>
    public static PlacementStrategy For(BatchPlacement placement) => placement switch
    {
        BatchPlacement.ResourceOptimized => new ResourceOptimizedPlacement(),
        BatchPlacement.ActivationCount => new ActivationCountBasedPlacement(),
        BatchPlacement.Random => new RandomPlacement(),
        _ => throw new ArgumentOutOfRangeException(nameof(placement), placement, "not a batch placement"),
    };
}

/// <summary>Places a grain class by <see cref="SimulationOptions.BatchPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ContestBatchPlacementAttribute() : PlacementAttribute(new ContestBatchPlacement());
