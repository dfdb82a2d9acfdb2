using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LuckyFive.Runtime;

/// <summary>Adds a cluster client to a host.</summary>
public static class ClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IClusterClient"/> that starts with the host. The membership table and transport must
    /// reach the cluster (for silos of the same process: <see cref="UseInMemoryClustering"/>).
    /// </summary>
    public static IServiceCollection AddClusterClient(this IServiceCollection services, Action<IClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        configure?.Invoke(new ClientBuilder(services));
        services.AddOptions();
        services.AddLogging();
        services.TryAddSingleton<GrainSerializer>();
        services.TryAddSingleton<ClusterClient>();
        services.TryAddSingleton<IClusterClient>(sp => sp.GetRequiredService<ClusterClient>());
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<ClusterClient>());
        services.AddHostedService<ClientHostedService>();
        return services;
    }

    /// <summary>Reaches the silos of this process that share the hub and membership table.</summary>
    public static IClientBuilder UseInMemoryClustering(this IClientBuilder builder, InMemoryTransportHub hub, IMembershipTable membershipTable)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(hub);
        builder.Services.AddSingleton(hub.CreateTransport());
        builder.Services.AddSingleton(membershipTable);
        return builder;
    }

    /// <summary>
    /// Traces the client's grain calls: a client span per call on the
    /// <see cref="GrainCallActivities.ApplicationSourceName"/> source, and the W3C trace context and baggage of the
    /// current span carried to the silos (which join the trace when they use <c>AddActivityPropagation()</c> too).
    /// </summary>
    public static IClientBuilder AddActivityPropagation(this IClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IOutgoingGrainCallFilter, ActivityPropagationOutgoingFilter>();
        return builder;
    }

    private sealed class ClientBuilder(IServiceCollection services) : IClientBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    private sealed class ClientHostedService(ClusterClient client) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => client.StartAsync();

        public Task StopAsync(CancellationToken cancellationToken) => client.StopAsync();
    }
}
