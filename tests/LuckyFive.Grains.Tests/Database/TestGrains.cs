using Orleans;
using Orleans.Runtime;

namespace LuckyFive.Grains.Tests.Database;

/// <summary>A counter kept in grain storage "Default", for the ADO.NET storage tests.</summary>
public interface IStoredCounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> Count();

    Task<string?> ETag();

    Task Clear();
}

/// <summary>Counts the ticks of one reminder, in memory only.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task Start(TimeSpan dueTime, TimeSpan period);

    Task<int> Ticks();

    Task Unregister();
}

[GenerateSerializer]
[Alias("LuckyFive.Grains.Tests.Database.StoredCounterState")]
public sealed class StoredCounterState
{
    [Id(0)]
    public int Count { get; set; }
}

public sealed class StoredCounterGrain(
    [PersistentState(StoredCounterGrain.StateName, "Default")] IPersistentState<StoredCounterState> state) : Grain, IStoredCounterGrain
{
    /// <summary>The row's GrainTypeString: the provider stores this name, not the grain class.</summary>
    public const string StateName = "databaseTestsStoredCounter";

    public async Task<int> Increment()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> Count() => Task.FromResult(state.State.Count);

    public Task<string?> ETag() => Task.FromResult(state.Etag);

    public Task Clear() => state.ClearStateAsync();
}

public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    private int _ticks;

    public Task Start(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public Task<int> Ticks() => Task.FromResult(_ticks);

    public async Task Unregister()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _ticks++;
        return Task.CompletedTask;
    }
}
