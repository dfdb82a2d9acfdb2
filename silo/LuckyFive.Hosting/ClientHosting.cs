using Orleans.Configuration;
using Orleans.Dashboard;

namespace LuckyFive.Hosting;

/// <summary>Makes a generic host a client of a LuckyFive cluster.</summary>
public static class ClientHosting
{
    /// <summary>
    /// How often the client re-reads the gateway list from the membership table (Orleans' default: 1 minute). A new
    /// silo takes calls within this period of becoming Active.
    /// </summary>
    public static readonly TimeSpan GatewayListRefreshPeriod = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs an Orleans cluster client in this host, finding gateways in the PostgreSQL membership table of
    /// <see cref="LuckyFiveClusterOptions"/>, with grain-call tracing and the dashboard's client.
    /// </summary>
    /// <exception cref="LuckyFiveConfigurationException">The <c>LuckyFive</c> section is not valid.</exception>
    public static IHostApplicationBuilder AddLuckyFiveClient(this IHostApplicationBuilder builder, Action<IClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = LuckyFiveClusterOptions.From(builder.Configuration, silo: false);
        SiloHosting.AddDatabase(builder, options);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = GatewayListRefreshPeriod);
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = AdoNet.Invariant;
                o.ConnectionString = options.ConnectionString;
            });
            client.UseConnectionRetryFilter<GatewayRetryFilter>();
            client.AddActivityPropagation();
            client.AddDashboard();
            configure?.Invoke(client);
        });
        return builder;
    }
}
