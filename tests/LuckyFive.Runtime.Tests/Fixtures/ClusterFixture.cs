namespace LuckyFive.Runtime.Tests.Fixtures;

/// <summary>A two-silo cluster shared by the tests of one collection; tests use distinct grain keys.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.ConfigureSilo(silo => silo.AddTestGrains());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DefaultClusterDefinition : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Default cluster";
}
