using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>Puts a silo's messaging on TCP (<see cref="TcpMessageTransport"/>).</summary>
public static class TcpMessagingExtensions
{
    /// <summary>
    /// Silo-to-silo messages go over TCP. The transport binds its listen endpoint when the silo is built, and the
    /// silo's address becomes its advertised endpoint (with the real port when the options ask for port 0).
    /// </summary>
    public static ISiloBuilder UseTcpMessaging(this ISiloBuilder builder, Action<NetworkingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        AddTransport(services, configure);
        services.AddSingleton<IPostConfigureOptions<SiloOptions>>(sp => new PostConfigureOptions<SiloOptions>(
            Options.DefaultName,
            options => options.SiloName = sp.GetRequiredService<TcpMessageTransport>().AdvertisedEndpoint().ToString()));
        return builder;
    }

    /// <summary>A cluster client reaches its gateway silos over TCP and listens for their answers.</summary>
    public static IClientBuilder UseTcpMessaging(this IClientBuilder builder, Action<NetworkingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddTransport(builder.Services, configure);
        return builder;
    }

    private static void AddTransport(IServiceCollection services, Action<NetworkingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<NetworkingOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrEmpty(o.ClusterSecret), "NetworkingOptions.ClusterSecret is required: every silo and client of a cluster must share it.")
            .Validate(o => o.MaxFrameBytes >= 1024, "NetworkingOptions.MaxFrameBytes must be at least 1024.")
            .ValidateOnStart();
        services.TryAddSingleton<TcpMessageTransport>();
        services.Replace(ServiceDescriptor.Singleton<IMessageTransport>(sp => sp.GetRequiredService<TcpMessageTransport>()));
    }
}
