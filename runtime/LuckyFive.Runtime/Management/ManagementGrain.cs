using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Answers management queries by asking the <see cref="ISiloControl"/> of every active silo.</summary>
[StatelessWorker(1)]
[GrainType("sys.management")]
internal sealed class ManagementGrain(SiloRuntime silo) : Grain, IManagementGrain
{
    public Task<SiloHostInfo[]> GetHosts(bool onlyActive = false) =>
        Task.FromResult(silo.Membership.Current.Members.Values
            .Where(m => !onlyActive || m.Status == SiloStatus.Active)
            .Select(m => new SiloHostInfo(m.SiloAddress, m.SiloName, m.Status, m.StartTime))
            .OrderBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal)
            .ToArray());

    public async Task<SimpleGrainStatistic[]> GetSimpleGrainStatistics() =>
        (await Task.WhenAll(Controls().Select(c => c.GetSimpleGrainStatistics()))).SelectMany(s => s).ToArray();

    public async Task<SiloMethodStatistics[]> GetMethodStatistics() =>
        (await Task.WhenAll(Controls().Select(c => c.GetMethodStatistics()))).SelectMany(s => s).ToArray();

    public async Task<int> GetTotalActivationCount() => (await GetSimpleGrainStatistics()).Sum(s => s.ActivationCount);

    public Task<SiloRuntimeStatistics[]> GetRuntimeStatistics(SiloAddress[] hostsIds)
    {
        ArgumentNullException.ThrowIfNull(hostsIds);
        return Task.WhenAll(hostsIds.Select(s => GrainFactory.GetGrain<ISiloControl>(s.ToString()).GetRuntimeStatistics()));
    }

    private IEnumerable<ISiloControl> Controls() =>
        silo.Membership.Current.ActiveSilos.Select(s => GrainFactory.GetGrain<ISiloControl>(s.ToString()));
}
