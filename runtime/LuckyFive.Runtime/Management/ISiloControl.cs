using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Per-silo statistics behind <see cref="IManagementGrain"/>, keyed by the silo address it reports on.</summary>
public interface ISiloControl : IGrainWithStringKey
{
    /// <summary>Activation counts by grain type on this silo.</summary>
    Task<SimpleGrainStatistic[]> GetSimpleGrainStatistics();

    /// <summary>Per-method call statistics on this silo.</summary>
    Task<SiloMethodStatistics[]> GetMethodStatistics();

    /// <summary>This silo's load: its live activation count with its last published CPU and memory figures.</summary>
    Task<SiloRuntimeStatistics> GetRuntimeStatistics();
}
