using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.GrainDirectory;
using LuckyFive.Runtime.Postgres.Membership;
using LuckyFive.Runtime.Postgres.Reminders;
using LuckyFive.Runtime.Postgres.Schema;
using LuckyFive.Runtime.Postgres.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Postgres.Hosting;

/// <summary>Puts a silo's state, reminders, membership and grain directory in PostgreSQL.</summary>
public static class PostgresSiloBuilderExtensions
{
    /// <summary>
    /// Registers the PostgreSQL connection and the start-up migration of the runtime schema. The other
    /// <c>UsePostgres…</c>/<c>AddPostgres…</c> methods call it; call it yourself to configure the options.
    /// </summary>
    public static ISiloBuilder UsePostgres(this ISiloBuilder builder, Action<PostgresOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<PostgresOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(PostgresRuntimeDataSource)))
        {
            return builder;
        }

        options.Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "PostgresOptions.ConnectionString is required (an Npgsql connection string).")
            .ValidateOnStart();
        services.AddSingleton<PostgresRuntimeDataSource>();
        services.AddSingleton(MigrationSet.Runtime);
        services.AddHostedService<PostgresMigrationService>();
        return builder;
    }

    /// <summary>Adds a PostgreSQL grain storage provider named <paramref name="name"/>.</summary>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder builder, string name, Action<PostgresOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        builder.UsePostgres(configure).Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new PostgresGrainStorage(
            DataSource(sp), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId, sp.GetRequiredService<GrainSerializer>()));
        return builder;
    }

    /// <summary>Adds the PostgreSQL grain storage as the default provider.</summary>
    public static ISiloBuilder AddPostgresGrainStorageAsDefault(this ISiloBuilder builder, Action<PostgresOptions>? configure = null) =>
        builder.AddPostgresGrainStorage(PersistentStateAttribute.DefaultStorageName, configure);

    /// <summary>Keeps reminders in PostgreSQL.</summary>
    public static ISiloBuilder UsePostgresReminderService(this ISiloBuilder builder, Action<PostgresOptions>? configure = null)
    {
        builder.UsePostgres(configure).Services.Replace(ServiceDescriptor.Singleton<IReminderTable>(sp =>
            new PostgresReminderTable(DataSource(sp), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId)));
        return builder;
    }

    /// <summary>Keeps the membership table and the grain directory in PostgreSQL.</summary>
    public static ISiloBuilder UsePostgresClustering(this ISiloBuilder builder, Action<PostgresOptions>? configure = null)
    {
        var services = builder.UsePostgres(configure).Services;
        services.Replace(ServiceDescriptor.Singleton<IMembershipTable>(sp =>
            new PostgresMembershipTable(DataSource(sp), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId)));
        services.Replace(ServiceDescriptor.Singleton<IGrainDirectory>(sp =>
            new PostgresGrainDirectory(DataSource(sp), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId)));
        return builder;
    }

    private static Npgsql.NpgsqlDataSource DataSource(IServiceProvider services) =>
        services.GetRequiredService<PostgresRuntimeDataSource>().DataSource;
}
