using Orleans.Runtime;

namespace LuckyFive.Hosting;

/// <summary>A silo's load as operators read it: activations, clients, CPU and memory.</summary>
public sealed record SiloLoad(int Activations, long Clients, bool Overloaded, double CpuUsagePercent, long MemoryUsageBytes, long AvailableMemoryBytes, long MaximumAvailableMemoryBytes)
{
    /// <summary>Reads Orleans' runtime statistics.</summary>
    public static SiloLoad From(SiloRuntimeStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var environment = statistics.EnvironmentStatistics;
        return new SiloLoad(
            statistics.ActivationCount,
            statistics.ClientCount,
            statistics.IsOverloaded,
            environment.FilteredCpuUsagePercentage,
            environment.FilteredMemoryUsageBytes,
            environment.FilteredAvailableMemoryBytes,
            environment.MaximumAvailableMemoryBytes);
    }
}
