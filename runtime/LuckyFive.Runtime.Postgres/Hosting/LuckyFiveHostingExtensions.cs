using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Postgres.Hosting;

/// <summary>
/// One call to make a generic host a LuckyFive silo or cluster client: PostgreSQL for membership, directory, state
/// and reminders, TCP for messages, all from <see cref="LuckyFiveClusterOptions"/>.
/// </summary>
public static class LuckyFiveHostingExtensions
{
    /// <summary>Runs a silo in this host; <paramref name="configure"/> adds grains and anything else.</summary>
    public static IHostApplicationBuilder AddLuckyFiveSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddClusterOptions(builder);
        builder.Services.AddSilo(silo =>
        {
            silo.UsePostgres()
                .AddPostgresGrainStorageAsDefault()
                .UsePostgresReminderService()
                .UsePostgresClustering()
                .UseTcpMessaging(_ => { });
            configure?.Invoke(silo);
        });
        return builder;
    }

    /// <summary>Runs a cluster client in this host (it listens on a free port for the silos' answers).</summary>
    public static IHostApplicationBuilder AddLuckyFiveClient(this IHostApplicationBuilder builder, Action<IClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddClusterOptions(builder);
        builder.Services.AddClusterClient(client =>
        {
            client.UsePostgresClustering(_ => { }).UseTcpMessaging(_ => { });
            configure?.Invoke(client);
        });
        builder.Services.PostConfigure<NetworkingOptions>(o => o.ListenEndpoint = new IPEndPoint(o.ListenEndpoint.Address, 0));
        return builder;
    }

    private static void AddClusterOptions(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LuckyFiveClusterOptions>()
            .Bind(builder.Configuration.GetSection(LuckyFiveClusterOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LuckyFiveClusterOptions>, ClusterOptionsValidator>();
        services.AddOptions<ClusterOptions>().Configure<IOptions<LuckyFiveClusterOptions>>((o, cluster) =>
        {
            o.ClusterId = cluster.Value.ClusterId;
            o.ServiceId = cluster.Value.ServiceId;
        });
        services.AddOptions<PostgresOptions>().Configure<IOptions<LuckyFiveClusterOptions>>((o, cluster) =>
            o.ConnectionString = cluster.Value.ConnectionString);
        services.AddOptions<NetworkingOptions>().Configure<IOptions<LuckyFiveClusterOptions>>((o, cluster) =>
        {
            var value = cluster.Value;
            o.ClusterSecret = value.ClusterSecret;
            if (IPAddress.TryParse(value.ListenAddress, out var listen) && value.SiloPort is >= 0 and <= 65535)
            {
                o.ListenEndpoint = new IPEndPoint(listen, value.SiloPort);
            }

            o.AdvertisedAddress = IPAddress.TryParse(value.AdvertisedAddress, out var advertised) ? advertised : null;
        });
    }

    /// <summary>Reports every problem at once, each naming its configuration key.</summary>
    private sealed class ClusterOptionsValidator : IValidateOptions<LuckyFiveClusterOptions>
    {
        public ValidateOptionsResult Validate(string? name, LuckyFiveClusterOptions options)
        {
            var problems = options.Problems().ToArray();
            return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
