using Orleans.Placement;
using Orleans.Runtime;

namespace LuckyFive.Cluster.TestSilo;

/// <summary>A counter whose answers say which silo hosts it, so the tests can see where a grain lives and moves.</summary>
[Alias("LuckyFive.Cluster.TestSilo.ICounterGrain")]
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds and saves.</summary>
    [Alias("AddAndSave")]
    Task<CounterReading> AddAndSave(int amount);

    /// <summary>Adds without saving: a graceful stop saves it (on deactivation), a kill loses it.</summary>
    [Alias("AddUnsaved")]
    Task<CounterReading> AddUnsaved(int amount);

    [Alias("Read")]
    Task<CounterReading> Read();

    /// <summary>Answers only after <paramref name="seconds"/>.</summary>
    [Alias("Hold")]
    Task<CounterReading> Hold(int seconds);

    /// <summary>Registers a durable reminder that adds 1 and saves, every second.</summary>
    [Alias("StartTicking")]
    Task<CounterReading> StartTicking();
}

/// <summary>The counter's total and the endpoint ("ip:port") of the silo that answered.</summary>
[GenerateSerializer]
[Alias("LuckyFive.Cluster.TestSilo.CounterReading")]
public sealed record CounterReading(int Total, string Silo);

[GenerateSerializer]
[Alias("LuckyFive.Cluster.TestSilo.CounterState")]
public sealed class CounterState
{
    [Id(0)]
    public int Total { get; set; }
}

// Prefer-local placement makes "a grain hosted by silo X" easy to arrange: call it first from X.
[PreferLocalPlacement]
public sealed class CounterGrain(
    [PersistentState("cluster-test-counter")] IPersistentState<CounterState> state,
    ILocalSiloDetails silo) : Grain, ICounterGrain, IRemindable
{
    private readonly string _silo = silo.SiloAddress.Endpoint.ToString();

    public async Task<CounterReading> StartTicking()
    {
        await this.RegisterOrUpdateReminder("tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        return Reading();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Total += 1;
        await state.WriteStateAsync();
    }

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

    public async Task<CounterReading> Hold(int seconds)
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return Reading();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await state.WriteStateAsync(cancellationToken);

    private CounterReading Reading() => new(state.State.Total, _silo);
}
