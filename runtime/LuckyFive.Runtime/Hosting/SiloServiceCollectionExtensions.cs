using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LuckyFive.Runtime;

/// <summary>Adds a silo to a host.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>Runs a silo in this host.</summary>
    public static IHostApplicationBuilder UseSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSilo(configure);
        return builder;
    }

    /// <summary>
    /// Registers a silo. Without other providers it runs alone with in-memory clustering, directory and transport;
    /// call <see cref="SiloBuilderExtensions.UseInMemoryClustering"/> to join other silos of the same process.
    /// </summary>
    public static IServiceCollection AddSilo(this IServiceCollection services, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new SiloBuilder(services);
        configure?.Invoke(builder);

        services.AddOptions();
        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton<GrainSerializer>();
        services.TryAddSingleton<RuntimeMetrics>();
        services.TryAddSingleton<IMembershipTable, InMemoryMembershipTable>();
        services.TryAddSingleton<IGrainDirectory, InMemoryGrainDirectory>();
        services.TryAddSingleton(_ => new InMemoryTransportHub().CreateTransport());
        services.TryAddSingleton<SiloRuntime>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<SiloRuntime>().Client);
        services.TryAddSingleton<IClusterClient>(sp => new SiloClusterClient(sp.GetRequiredService<SiloRuntime>()));
        services.TryAddSingleton<ILocalSiloDetails, LocalSiloDetails>();
        services.TryAddSingleton<IReminderRegistry>(sp => sp.GetRequiredService<SiloRuntime>().Reminders);
        services.TryAddKeyedSingleton<IPlacementDirector, RandomPlacementDirector>(typeof(RandomPlacement));
        services.TryAddKeyedSingleton<IPlacementDirector, PreferLocalPlacementDirector>(typeof(PreferLocalPlacement));
        services.TryAddKeyedSingleton<IPlacementDirector, HashBasedPlacementDirector>(typeof(HashBasedPlacement));
        services.TryAddKeyedSingleton<IPlacementDirector, ActivationCountPlacementDirector>(typeof(ActivationCountBasedPlacement));
        services.TryAddKeyedSingleton<IPlacementDirector, ResourceOptimizedPlacementDirector>(typeof(ResourceOptimizedPlacement));
        services.TryAddKeyedSingleton<IPlacementDirector, SiloTargetedPlacementDirector>(typeof(SiloTargetedPlacement));
        services.AddSingleton(new GrainClassRegistration(typeof(ManagementGrain)));
        services.AddSingleton(new GrainClassRegistration(typeof(SiloControlGrain)));
        services.AddHostedService<SiloHostedService>();
        return services;
    }
}
