using LuckyFive.Grains.Comparisons;
using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Ledgers;
using LuckyFive.Grains.Simulations;
using LuckyFive.Grains.Sweeps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace LuckyFive.Grains.Hosting;

/// <summary>The services LuckyFive's grains need in a silo.</summary>
public static class GrainServices
{
    /// <summary>
    /// Registers the grains' services on the product database's pool. A silo host calls it once; a test cluster's
    /// silo configurator calls it with its own database.
    /// </summary>
    public static IServiceCollection AddLuckyFiveGrainServices(this IServiceCollection services, Func<IServiceProvider, NpgsqlDataSource> dataSource)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dataSource);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new GrainDatabase(dataSource(provider)));
        // Checked at start: a misspelt batch placement would otherwise fail the first batch of the first simulation.
        services.AddOptions<SimulationOptions>()
            .BindConfiguration(SimulationOptions.SectionName)
            .Validate(
                o => Enum.IsDefined(o.BatchPlacement),
                $"{SimulationOptions.SectionName}:BatchPlacement must be one of {string.Join(", ", Enum.GetNames<BatchPlacement>())}.")
            .ValidateOnStart();
        services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.SectionName);
        ContestBatchPlacement.Register(services);
        services.AddSingleton<EngineCache>();
        services.AddSingleton<ContestResultStore>();
        services.AddSingleton<SimulationReadModel>();
        services.AddSingleton<SweepStore>();
        services.AddSingleton<ComparisonStore>();
        services.AddSingleton<SweepOverfittingEstimate>();
        services.AddSingleton<LedgerEntryStore>();
        services.AddSingleton<DrawStore>();
        services.AddSingleton<DrawHistorySource>();
        services.AddSingleton<IDrawHistorySource>(provider => provider.GetRequiredService<DrawHistorySource>());
        return services;
    }
}

/// <summary>The product database as the grains see it: the pool their own tables are read and written through.</summary>
public sealed class GrainDatabase(NpgsqlDataSource dataSource)
{
    public NpgsqlDataSource DataSource { get; } = dataSource;
}
