using LuckyFive.Runtime.Postgres.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Postgres.Hosting;

/// <summary>Lets a cluster client find its silos in the PostgreSQL membership table.</summary>
public static class PostgresClientBuilderExtensions
{
    /// <summary>The client reads the silos of <see cref="ClusterOptions.ClusterId"/> from PostgreSQL (it never migrates the schema).</summary>
    public static IClientBuilder UsePostgresClustering(this IClientBuilder builder, Action<PostgresOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PostgresOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "PostgresOptions.ConnectionString is required (an Npgsql connection string).")
            .ValidateOnStart();
        services.TryAddSingleton<PostgresRuntimeDataSource>();
        services.Replace(ServiceDescriptor.Singleton<IMembershipTable>(sp => new PostgresMembershipTable(
            sp.GetRequiredService<PostgresRuntimeDataSource>().DataSource, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId)));
        return builder;
    }
}
