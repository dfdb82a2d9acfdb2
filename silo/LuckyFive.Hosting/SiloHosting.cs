using System.Net;
using LuckyFive.Grains.Database;
using LuckyFive.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Runtime;

namespace LuckyFive.Hosting;

/// <summary>Makes a generic host a LuckyFive silo.</summary>
public static class SiloHosting
{
    /// <summary>
    /// Runs an Orleans silo in this host: ADO.NET clustering, <c>Default</c> grain storage and reminders on the
    /// PostgreSQL database of <see cref="LuckyFiveClusterOptions"/>, schema migrations before it starts, grain-call
    /// tracing, the dashboard's grains, LuckyFive's failure-detection timings and, inside a Kubernetes pod (or when
    /// <c>LuckyFive:KubernetesHosting</c> says so), Orleans' Kubernetes hosting (<see cref="KubernetesHosting"/>).
    /// <paramref name="configure"/> can
    /// add to the silo (tests add grains and in-memory providers through it).
    /// </summary>
    /// <exception cref="LuckyFiveConfigurationException">The <c>LuckyFive</c> section is not valid.</exception>
    public static IHostApplicationBuilder AddLuckyFiveSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = LuckyFiveClusterOptions.From(builder.Configuration, silo: true);
        AddDatabase(builder, options);
        builder.Services.AddHostedService(provider => new DatabaseMigrationService(
            provider.GetRequiredService<LuckyFiveDatabase>(), options.MigrateOnStart, provider.GetRequiredService<ILogger<PostgresMigrator>>()));

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownBudgetSeconds));
        builder.Services.AddSingleton<IConfigurationValidator, GrainStateNameValidator>();
        builder.Services.AddLuckyFiveGrainServices(provider => provider.GetRequiredService<LuckyFiveDatabase>().DataSource);
        // Orleans checks that every type in a grain interface has a serializer only in the Development environment;
        // LuckyFive checks everywhere, so a silo with such a type refuses to start instead of failing calls later.
        builder.Services.Configure<Orleans.Serialization.Configuration.TypeManifestOptions>(o => o.EnableConfigurationAnalysis = true);
        builder.Services.Configure<ClusterMembershipOptions>(FailureDetection.ApplyDefaults);
        builder.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection(FailureDetection.SectionName));
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort, options.ListenOnAnyAddress);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = AdoNet.Invariant;
                o.ConnectionString = options.ConnectionString;
            });
            silo.AddAdoNetGrainStorageAsDefault(o =>
            {
                o.Invariant = AdoNet.Invariant;
                o.ConnectionString = options.ConnectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = AdoNet.Invariant;
                o.ConnectionString = options.ConnectionString;
            });
            if (KubernetesHosting.IsEnabled(options, Environment.GetEnvironmentVariable))
            {
                silo.UseKubernetesHosting();
            }

            silo.AddActivityPropagation();
            silo.AddDashboard();
            configure?.Invoke(silo);
        });
        return builder;
    }

    internal static void AddDatabase(IHostApplicationBuilder builder, LuckyFiveClusterOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<LuckyFiveDatabase>();
    }
}

/// <summary>The ADO.NET provider LuckyFive's Orleans providers load.</summary>
public static class AdoNet
{
    /// <summary>Npgsql's ADO.NET invariant name.</summary>
    public const string Invariant = "Npgsql";
}
