using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime.Benchmarks;

public interface IEchoGrain : IGrainWithIntegerKey
{
    Task<int> Echo(int value);
}

[PreferLocalPlacement]
public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<int> Echo(int value) => Task.FromResult(value);
}

public interface IDriverGrain : IGrainWithIntegerKey
{
    /// <summary>Makes <paramref name="calls"/> calls spread over <paramref name="targets"/> echo grains starting at <paramref name="firstTarget"/>, <paramref name="concurrency"/> at a time.</summary>
    Task<long> Drive(long firstTarget, int targets, int calls, int concurrency);
}

[PreferLocalPlacement]
public sealed class DriverGrain : Grain, IDriverGrain
{
    public async Task<long> Drive(long firstTarget, int targets, int calls, int concurrency)
    {
        var echoes = Enumerable.Range(0, targets).Select(i => GrainFactory.GetGrain<IEchoGrain>(firstTarget + i)).ToArray();
        long sum = 0;
        var inFlight = new Task<int>[concurrency];
        for (var done = 0; done < calls; done += concurrency)
        {
            var batch = Math.Min(concurrency, calls - done);
            for (var i = 0; i < batch; i++)
            {
                inFlight[i] = echoes[(done + i) % echoes.Length].Echo(i);
            }

            for (var i = 0; i < batch; i++)
            {
                sum += await inFlight[i];
            }
        }

        return sum;
    }
}

public sealed class StoredState
{
    public int Value { get; set; }
}

public interface IStatefulGrain : IGrainWithIntegerKey
{
    Task<int> Read();
}

[PreferLocalPlacement]
public sealed class StatefulGrain([PersistentState("state")] IPersistentState<StoredState> state) : Grain, IStatefulGrain
{
    public Task<int> Read() => Task.FromResult(state.State.Value);
}
