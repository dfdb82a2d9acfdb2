namespace LuckyFive.Runtime;

/// <summary>What a silo publishes about its load, for placement and the management API.</summary>
/// <param name="ActivationCount">Activations hosted.</param>
/// <param name="CpuUsagePercent">Process CPU usage over the last period, 0–100 per core count.</param>
/// <param name="MemoryUsageBytes">Managed memory in use.</param>
/// <param name="AvailableMemoryBytes">Memory still available to the process.</param>
/// <param name="MaximumAvailableMemoryBytes">Total memory available to the process.</param>
/// <param name="Timestamp">When the sample was taken (UTC).</param>
public sealed record SiloRuntimeStatistics(
    int ActivationCount,
    double CpuUsagePercent,
    long MemoryUsageBytes,
    long AvailableMemoryBytes,
    long MaximumAvailableMemoryBytes,
    DateTime Timestamp);
