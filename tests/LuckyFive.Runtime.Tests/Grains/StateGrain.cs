namespace LuckyFive.Runtime.Tests.Grains;

public interface IStateGrain : IGrainWithStringKey
{
    Task<int> IncrementAndSave();

    Task<int> IncrementUnsaved();

    Task<int> GetCount();

    Task<string?> GetEtag();

    Task<Guid> GetActivationId();

    Task<string> GetSilo();
}

public sealed class StateGrain([PersistentState("state")] IPersistentState<CounterState> state) : Grain, IStateGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "activate");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Deliberately does not save: only explicit writes persist.
        GrainEvents.Record(this.GetPrimaryKeyString(), "deactivate:" + reason.ReasonCode);
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAndSave()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> IncrementUnsaved() => Task.FromResult(++state.State.Count);

    public Task<int> GetCount() => Task.FromResult(state.State.Count);

    public Task<string?> GetEtag() => Task.FromResult(state.Etag);

    public Task<Guid> GetActivationId() => Task.FromResult(GrainContext.Address.ActivationId);

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());
}
