namespace LuckyFive.Runtime;

/// <summary>Identifies the cluster (one running deployment) and the service (stable across deployments).</summary>
public sealed class ClusterOptions
{
    /// <summary>The running deployment. Silos and clients only talk within one cluster id.</summary>
    public string ClusterId { get; set; } = "dev";

    /// <summary>The service; keys grain state and reminders, so it must stay the same across deployments.</summary>
    public string ServiceId { get; set; } = "dev";
}
