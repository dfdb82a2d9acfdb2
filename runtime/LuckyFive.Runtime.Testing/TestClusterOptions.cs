namespace LuckyFive.Runtime.Testing;

/// <summary>Options of a <see cref="TestCluster"/>.</summary>
public sealed class TestClusterOptions
{
    /// <summary>The cluster id; unique per cluster so tests run in parallel.</summary>
    public string ClusterId { get; set; } = $"test-{Guid.NewGuid():N}";

    /// <summary>The service id; unique per cluster unless a test shares state across clusters.</summary>
    public string ServiceId { get; set; } = $"test-service-{Guid.NewGuid():N}";

    /// <summary>Silos started by <see cref="TestCluster.DeployAsync"/>. Default 2.</summary>
    public int InitialSilosCount { get; set; } = 2;

    /// <summary>Whether <see cref="TestCluster.DeployAsync"/> also starts the client. Default true.</summary>
    public bool InitializeClientOnDeploy { get; set; } = true;
}
