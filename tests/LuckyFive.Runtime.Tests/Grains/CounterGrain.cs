namespace LuckyFive.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> GetCount();

    Task<string> GetSilo();

    Task Deactivate();
}

public sealed class CounterState
{
    public int Count { get; set; }
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "activate");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "deactivate:" + reason.ReasonCode);
        await state.WriteStateAsync(cancellationToken);
    }

    public Task<int> Increment() => Task.FromResult(++state.State.Count);

    public Task<int> GetCount() => Task.FromResult(state.State.Count);

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
