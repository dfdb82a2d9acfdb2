using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime.Postgres.Benchmarks;

public sealed class BenchState
{
    public long Cents { get; set; }

    public string Note { get; set; } = "";
}

public interface IBenchGrain : IGrainWithStringKey
{
    Task<long> GetCents();
}

/// <summary>Reads its state from PostgreSQL when it activates; the call itself does no work.</summary>
public sealed class BenchGrain([PersistentState("bench")] IPersistentState<BenchState> state) : Grain, IBenchGrain
{
    public Task<long> GetCents() => Task.FromResult(state.State.Cents);
}
