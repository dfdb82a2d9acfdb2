namespace LuckyFive.Cluster.Benchmarks;

/// <summary>The cluster every process of a run joins: its database and identity.</summary>
internal sealed record ClusterSettings(string ConnectionString, string ClusterId, string ServiceId);
