using LuckyFive.GrainInterfaces.Draws;
using LuckyFive.Grains.Tests.Cluster;

namespace LuckyFive.Grains.Tests.Draws;

/// <summary>
/// A three-silo <see cref="PostgresTestCluster"/> with the official workbook imported through the import grain.
/// Tests that import more use contests from 90,000 up, so contests 1..6882 stay as published.
/// </summary>
public sealed class DrawsCluster : IAsyncLifetime
{
    /// <summary>The test classes that share one such cluster.</summary>
    public const string Group = "Draws cluster";

    private readonly PostgresTestCluster _cluster = new();

    public IGrainFactory Grains => _cluster.Cluster.GrainFactory;

    public IEnumerable<IServiceProvider> SiloServices => _cluster.SiloServices;

    /// <summary>The version the workbook import wrote.</summary>
    public long WorkbookVersion { get; private set; }

    public async Task InitializeAsync()
    {
        await _cluster.InitializeAsync();
        var outcome = await Grains.GetDrawImportGrain().ImportAsync(DrawFiles.Workbook, "Quina.xlsx");
        WorkbookVersion = outcome.Summary?.Version ?? throw new InvalidOperationException(outcome.FileProblem);
    }

    public Task DisposeAsync() => _cluster.DisposeAsync();
}

[CollectionDefinition(DrawsCluster.Group)]
public sealed class DrawsClusterGroup : ICollectionFixture<DrawsCluster>;
