using System.Reflection;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LuckyFive.Runtime;

/// <summary>Configuration methods of <see cref="ISiloBuilder"/>.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Hosts the grain class <typeparamref name="TGrain"/>.</summary>
    public static ISiloBuilder AddGrain<TGrain>(this ISiloBuilder builder)
        where TGrain : IGrainBase
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new GrainClassRegistration(typeof(TGrain)));
        return builder;
    }

    /// <summary>Hosts every concrete grain class of <paramref name="assembly"/>.</summary>
    public static ISiloBuilder AddGrainsFromAssembly(this ISiloBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && typeof(IGrainBase).IsAssignableFrom(t)))
        {
            builder.Services.AddSingleton(new GrainClassRegistration(type));
        }

        return builder;
    }

    /// <summary>Configures options of type <typeparamref name="TOptions"/>.</summary>
    public static ISiloBuilder Configure<TOptions>(this ISiloBuilder builder, Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Adds an in-memory grain storage provider named <paramref name="name"/>, over a shared store if given.</summary>
    public static ISiloBuilder AddMemoryGrainStorage(this ISiloBuilder builder, string name, MemoryGrainStorageStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new MemoryGrainStorage(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClusterOptions>>(), sp.GetRequiredService<GrainSerializer>(), store));
        return builder;
    }

    /// <summary>Adds an in-memory grain storage provider as the default provider.</summary>
    public static ISiloBuilder AddMemoryGrainStorageAsDefault(this ISiloBuilder builder, MemoryGrainStorageStore? store = null) =>
        builder.AddMemoryGrainStorage(PersistentStateAttribute.DefaultStorageName, store);

    /// <summary>Uses an existing grain storage instance under <paramref name="name"/> (for sharing one store between silos).</summary>
    public static ISiloBuilder AddGrainStorage(this ISiloBuilder builder, string name, IGrainStorage storage)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKeyedSingleton(name, storage);
        return builder;
    }

    /// <summary>Uses an in-memory reminder table (a new one unless <paramref name="table"/> is given).</summary>
    public static ISiloBuilder UseInMemoryReminderService(this ISiloBuilder builder, InMemoryReminderTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IReminderTable>(table ?? new InMemoryReminderTable());
        return builder;
    }

    /// <summary>Joins the silos of this process that share the same hub, membership table and directory.</summary>
    public static ISiloBuilder UseInMemoryClustering(this ISiloBuilder builder, InMemoryTransportHub hub, IMembershipTable membershipTable, IGrainDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(hub);
        builder.Services.AddSingleton(hub.CreateTransport());
        builder.Services.AddSingleton(membershipTable);
        builder.Services.AddSingleton(directory);
        return builder;
    }

    /// <summary>Adds a silo-wide incoming call filter.</summary>
    public static ISiloBuilder AddIncomingGrainCallFilter<TFilter>(this ISiloBuilder builder)
        where TFilter : class, IIncomingGrainCallFilter
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IIncomingGrainCallFilter, TFilter>();
        return builder;
    }

    /// <summary>Adds a silo-wide outgoing call filter.</summary>
    public static ISiloBuilder AddOutgoingGrainCallFilter<TFilter>(this ISiloBuilder builder)
        where TFilter : class, IOutgoingGrainCallFilter
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IOutgoingGrainCallFilter, TFilter>();
        return builder;
    }

    /// <summary>
    /// Traces grain calls: a server span per incoming call and a client span per outgoing call on the
    /// <see cref="GrainCallActivities.ApplicationSourceName"/> source, with W3C trace context and baggage carried in
    /// the <see cref="RequestContext"/> so one trace follows a request across silos and clients.
    /// </summary>
    public static ISiloBuilder AddActivityPropagation(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IIncomingGrainCallFilter, ActivityPropagationIncomingFilter>();
        builder.Services.AddSingleton<IOutgoingGrainCallFilter, ActivityPropagationOutgoingFilter>();
        return builder;
    }

    /// <summary>Registers the director of a placement strategy.</summary>
    public static ISiloBuilder AddPlacementDirector<TStrategy, TDirector>(this ISiloBuilder builder)
        where TStrategy : PlacementStrategy
        where TDirector : class, IPlacementDirector
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKeyedSingleton<IPlacementDirector, TDirector>(typeof(TStrategy));
        return builder;
    }
}
