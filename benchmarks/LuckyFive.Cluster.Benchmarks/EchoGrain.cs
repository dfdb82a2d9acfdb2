using Orleans.Placement;
using Orleans.Runtime;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>The call under test: a round trip that does no work.</summary>
[Alias("LuckyFive.Cluster.Benchmarks.IEchoGrain")]
public interface IEchoGrain : IGrainWithStringKey
{
    [Alias("Echo")]
    Task<int> Echo(int value);

    /// <summary>The address of the silo hosting this activation, so a run can check where its targets live.</summary>
    [Alias("Silo")]
    Task<string> Silo();
}

// Prefer-local placement puts a grain on the silo that calls it first; each silo process activates its own echo
// grains ("echo/<silo>/<n>") before it reports ready.
[PreferLocalPlacement]
public sealed class EchoGrain(ILocalSiloDetails silo) : Grain, IEchoGrain
{
    private readonly string _silo = silo.SiloAddress.ToString();

    public Task<int> Echo(int value) => Task.FromResult(value);

    public Task<string> Silo() => Task.FromResult(_silo);
}
