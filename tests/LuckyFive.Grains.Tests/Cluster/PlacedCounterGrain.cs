using Orleans.Placement;
using Orleans.Runtime;

namespace LuckyFive.Grains.Tests.Cluster;

/// <summary>A counter that says which silo hosts it, for the TestCluster tests.</summary>
public interface IPlacedCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds and writes the state; returns the total and the hosting silo.</summary>
    Task<CounterReading> AddAndSave(int amount);

    /// <summary>Adds without writing: a graceful stop saves it on deactivation, a kill loses it.</summary>
    Task<CounterReading> AddUnsaved(int amount);

    Task<CounterReading> Read();
}

[GenerateSerializer]
[Alias("luckyfive.tests.counter-reading")]
public sealed record CounterReading(int Total, string Silo);

[GenerateSerializer]
[Alias("luckyfive.tests.placed-counter-state")]
public sealed class PlacedCounterState
{
    [Id(0)]
    public int Total { get; set; }
}

// Random placement spreads new activations over every silo, whichever silo the test calls from.
[RandomPlacement]
public sealed class PlacedCounterGrain(
    [PersistentState(PlacedCounterGrain.StateName)] IPersistentState<PlacedCounterState> state,
    ILocalSiloDetails silo) : Grain, IPlacedCounterGrain
{
    public const string StateName = "clusterTestsPlacedCounter";

    public async Task<CounterReading> AddAndSave(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return Reading();
    }

    public Task<CounterReading> AddUnsaved(int amount)
    {
        state.State.Total += amount;
        return Task.FromResult(Reading());
    }

    public Task<CounterReading> Read() => Task.FromResult(Reading());

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        state.WriteStateAsync(cancellationToken);

    private CounterReading Reading() => new(state.State.Total, silo.SiloAddress.ToString());
}
