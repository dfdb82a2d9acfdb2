namespace LuckyFive.Runtime.Tests.Grains;

public interface IReminderGrain : IRemindable, IGrainWithStringKey
{
    Task Start(int periodMilliseconds);

    Task Stop();

    Task<int> CountReminders();

    Task Deactivate();

    Task<string> GetSilo();
}

public sealed class ReminderGrain : Grain, IReminderGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "activate");
        return Task.CompletedTask;
    }

    public async Task Start(int periodMilliseconds)
    {
        var period = TimeSpan.FromMilliseconds(periodMilliseconds);
        await RegisterOrUpdateReminder("r", period, period);
    }

    public async Task Stop()
    {
        if (await GetReminder("r") is { } reminder)
        {
            await UnregisterReminder(reminder);
        }
    }

    public async Task<int> CountReminders() => (await GetReminders()).Count;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        GrainEvents.Record(this.GetPrimaryKeyString(), "tick:" + reminderName);
        return Task.CompletedTask;
    }

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());
}
