using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The cluster management API (as in Orleans): silos, activation counts by type per silo, and per-method call
/// counts, errors and latency. Any key works; use 0.
/// </summary>
public interface IManagementGrain : IGrainWithIntegerKey
{
    /// <summary>Silos in the membership table, optionally only active ones.</summary>
    Task<SiloHostInfo[]> GetHosts(bool onlyActive = false);

    /// <summary>Activation counts by grain type per active silo.</summary>
    Task<SimpleGrainStatistic[]> GetSimpleGrainStatistics();

    /// <summary>Per-method call counts, failures and latency per active silo.</summary>
    Task<SiloMethodStatistics[]> GetMethodStatistics();

    /// <summary>Total activations in the cluster.</summary>
    Task<int> GetTotalActivationCount();

    /// <summary>
    /// The load figures of the given silos (activations, CPU, memory), in the order given; as in Orleans, a silo
    /// that cannot be asked makes the call fail.
    /// </summary>
    Task<SiloRuntimeStatistics[]> GetRuntimeStatistics(SiloAddress[] hostsIds);
}
