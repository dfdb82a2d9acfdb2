namespace LuckyFive.Runtime.Tests.Grains;

public interface IIdentityGrain : IGrainWithStringKey
{
    Task<Guid> GetActivationId();

    Task<string> GetSilo();

    Task Deactivate();
}

[RandomPlacement]
public sealed class IdentityGrain : Grain, IIdentityGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "activate");

        // A slow activation widens the window in which concurrent first calls race.
        await Task.Delay(20, cancellationToken);
    }

    public Task<Guid> GetActivationId() => Task.FromResult(GrainContext.Address.ActivationId);

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
