using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime.Postgres.Tests.Cluster;

public interface IVaultGrain : IGrainWithStringKey
{
    Task<long> Deposit(long cents);

    Task<long> GetBalance();

    Task<string> GetSilo();

    Task StartTicking();
}

public sealed class VaultState
{
    public long Cents { get; set; }

    public List<long> Deposits { get; set; } = [];
}

/// <summary>A grain whose state lives in the PostgreSQL storage and which can keep a durable reminder.</summary>
public sealed class VaultGrain([PersistentState("vault")] IPersistentState<VaultState> state) : Grain, IVaultGrain, IRemindable
{
    /// <summary>Reminder ticks received, by grain key.</summary>
    public static ConcurrentDictionary<string, int> Ticks { get; } = new();

    public async Task<long> Deposit(long cents)
    {
        state.State.Cents += cents;
        state.State.Deposits.Add(cents);
        await state.WriteStateAsync();
        return state.State.Cents;
    }

    public Task<long> GetBalance() => Task.FromResult(state.State.Cents);

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());

    public Task StartTicking() => RegisterOrUpdateReminder("tick", TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200));

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
