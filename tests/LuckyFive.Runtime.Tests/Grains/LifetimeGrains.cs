namespace LuckyFive.Runtime.Tests.Grains;

public interface ILifetimeGrain : IGrainWithStringKey
{
    Task Touch();

    Task DelayDeactivationBy(int seconds);
}

[CollectionAgeLimit(Seconds = 1)]
public sealed class ShortLivedGrain : Grain, ILifetimeGrain
{
    public Task Touch() => Task.CompletedTask;

    public Task DelayDeactivationBy(int seconds)
    {
        DelayDeactivation(TimeSpan.FromSeconds(seconds));
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "deactivate:" + reason.ReasonCode);
        return Task.CompletedTask;
    }
}

public interface IKeepAliveGrain : IGrainWithStringKey
{
    Task Touch();
}

[KeepAlive]
[CollectionAgeLimit(Seconds = 1)]
public sealed class KeepAliveGrain : Grain, IKeepAliveGrain
{
    public Task Touch() => Task.CompletedTask;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "deactivate:" + reason.ReasonCode);
        return Task.CompletedTask;
    }
}

public interface IFailingActivationGrain : IGrainWithStringKey
{
    Task<int> Call();
}

public sealed class FailingActivationGrain : Grain, IFailingActivationGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "activate");
        throw new InvalidOperationException("activation failed on purpose");
    }

    public Task<int> Call() => Task.FromResult(1);
}

public interface IHangingActivationGrain : IGrainWithStringKey
{
    Task<int> Call();
}

public sealed class HangingActivationGrain : Grain, IHangingActivationGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "activate");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            GrainEvents.Record(this.GetPrimaryKeyString(), "activation-cancelled");
            throw;
        }
    }

    public Task<int> Call() => Task.FromResult(1);
}
