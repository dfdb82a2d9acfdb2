namespace LuckyFive.Runtime;

/// <summary>Weights of the resource-optimized placement score (Orleans defaults).</summary>
public sealed class ResourceOptimizedPlacementOptions
{
    /// <summary>Weight of CPU usage. Default 40.</summary>
    public int CpuUsageWeight { get; set; } = 40;

    /// <summary>Weight of memory usage. Default 20.</summary>
    public int MemoryUsageWeight { get; set; } = 20;

    /// <summary>Weight of available memory. Default 20.</summary>
    public int AvailableMemoryWeight { get; set; } = 20;

    /// <summary>Weight of maximum available memory. Default 5.</summary>
    public int MaxAvailableMemoryWeight { get; set; } = 5;

    /// <summary>Weight of the activation count. Default 15.</summary>
    public int ActivationCountWeight { get; set; } = 15;

    /// <summary>Score margin, in percent, within which the local silo is preferred. Default 5.</summary>
    public int LocalSiloPreferenceMargin { get; set; } = 5;
}
