using Orleans.Placement;
using Orleans.Runtime;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>
/// Runs a load loop inside a silo and returns what it saw. The driver named after a silo ("a") is activated by that
/// silo, so its calls start there.
/// </summary>
[Alias("LuckyFive.Cluster.Benchmarks.IDriverGrain")]
public interface IDriverGrain : IGrainWithStringKey
{
    [Alias("Silo")]
    Task<string> Silo();

    /// <summary>
    /// Calls <c>echo/&lt;targetSilo&gt;/&lt;lane&gt;</c>, one echo grain per lane, after checking they live where
    /// their name says. <paramref name="fromGrain"/>: the lanes run on this grain's scheduler (grain-to-grain calls);
    /// otherwise on the silo's thread pool (a non-grain caller inside the silo, such as a hosted service).
    /// </summary>
    [Alias("Calls")]
    Task<LoadResult> Calls(string targetSilo, bool fromGrain, LoadSpec spec);

    /// <summary>Writes state through the <c>Default</c> storage, one writer grain per lane on this silo.</summary>
    [Alias("Writes")]
    Task<LoadResult> Writes(LoadSpec spec);

    /// <summary>Each call goes to a grain never called before: placement, directory registration and activation.</summary>
    [Alias("Activations")]
    Task<LoadResult> Activations(LoadSpec spec);
}

[PreferLocalPlacement]
public sealed class DriverGrain(ILocalSiloDetails silo) : Grain, IDriverGrain
{
    private readonly string _silo = silo.SiloAddress.ToString();

    public Task<string> Silo() => Task.FromResult(_silo);

    public async Task<LoadResult> Calls(string targetSilo, bool fromGrain, LoadSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var targets = Enumerable.Range(0, spec.InFlight).Select(i => GrainFactory.GetGrain<IEchoGrain>(EchoKey(targetSilo, i))).ToArray();
        await CheckPlacementAsync(targets, local: targetSilo == this.GetPrimaryKeyString());
        Task<LoadResult> Run() => LoadLoop.RunAsync(spec, (lane, sequence) => targets[lane].Echo((int)sequence));
        return fromGrain ? await Run() : await Task.Run(Run);
    }

    public Task<LoadResult> Writes(LoadSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var writers = Enumerable.Range(0, spec.InFlight)
            .Select(i => GrainFactory.GetGrain<IStateWriterGrain>($"writer/{this.GetPrimaryKeyString()}/{i}"))
            .ToArray();
        return LoadLoop.RunAsync(spec, (lane, _) => writers[lane].Write());
    }

    public Task<LoadResult> Activations(LoadSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var run = Guid.NewGuid().ToString("N");
        return LoadLoop.RunAsync(spec, (lane, sequence) => GrainFactory.GetGrain<IEchoGrain>($"fresh/{run}/{lane}/{sequence}").Echo(0));
    }

    public static string EchoKey(string silo, int index) => $"echo/{silo}/{index}";

    private async Task CheckPlacementAsync(IEchoGrain[] targets, bool local)
    {
        var hosts = await Task.WhenAll(targets.Select(t => t.Silo()));
        var misplaced = hosts.Count(h => (h == _silo) != local);
        if (misplaced > 0)
        {
            throw new InvalidOperationException(
                $"{misplaced} of {targets.Length} echo grains are not on the expected silo (driver on {_silo}, expected {(local ? "the same" : "another")} silo).");
        }
    }
}
