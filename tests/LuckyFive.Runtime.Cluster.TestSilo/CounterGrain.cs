using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime.Cluster.TestSilo;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds and saves; returns the new total and the silo hosting the grain.</summary>
    Task<string> AddAndSave(int amount);

    /// <summary>Adds without saving (a graceful stop saves it, a kill loses it).</summary>
    Task<string> AddUnsaved(int amount);

    Task<string> Read();

    /// <summary>Answers only after <paramref name="seconds"/>: a call that is still pending when its silo dies.</summary>
    Task<string> Hold(int seconds);

    /// <summary>The trace id and parent span id of the span this call runs in, or "none".</summary>
    Task<string> CurrentSpan();

    /// <summary>Registers a durable reminder that adds 1 (and saves) every second.</summary>
    Task<string> StartTicking();
}

public sealed class CounterState
{
    public int Total { get; set; }
}

// Prefer-local placement makes "a grain hosted by silo X" easy to arrange: call it first from X.
[PreferLocalPlacement]
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain, IRemindable
{
    public async Task<string> StartTicking()
    {
        await RegisterOrUpdateReminder("tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        return Describe();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Total += 1;
        await state.WriteStateAsync();
    }

    public async Task<string> AddAndSave(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return Describe();
    }

    public Task<string> AddUnsaved(int amount)
    {
        state.State.Total += amount;
        return Task.FromResult(Describe());
    }

    public Task<string> Read() => Task.FromResult(Describe());

    public Task<string> CurrentSpan() =>
        Task.FromResult(System.Diagnostics.Activity.Current is { } span ? $"{span.TraceId.ToHexString()} {span.ParentSpanId.ToHexString()}" : "none");

    public async Task<string> Hold(int seconds)
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return Describe();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await state.WriteStateAsync(cancellationToken);

    private string Describe() => $"{state.State.Total} {GrainContext.Address.SiloAddress}";
}
