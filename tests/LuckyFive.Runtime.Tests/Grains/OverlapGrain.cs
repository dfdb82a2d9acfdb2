namespace LuckyFive.Runtime.Tests.Grains;

/// <summary>Detects requests that run at the same time in one activation.</summary>
public interface IOverlapGrain : IGrainWithStringKey
{
    Task Work(int delayMilliseconds);

    [ReadOnly]
    Task Read(int delayMilliseconds);

    [AlwaysInterleave]
    Task Interleaved(int delayMilliseconds);

    Task<int> GetMaxConcurrency();
}

public sealed class OverlapGrain : Grain, IOverlapGrain
{
    private int _inFlight;
    private int _max;

    public Task Work(int delayMilliseconds) => Run(delayMilliseconds);

    public Task Read(int delayMilliseconds) => Run(delayMilliseconds);

    public Task Interleaved(int delayMilliseconds) => Run(delayMilliseconds);

    public Task<int> GetMaxConcurrency() => Task.FromResult(_max);

    private async Task Run(int delayMilliseconds)
    {
        _max = Math.Max(_max, ++_inFlight);
        GrainEvents.Record(this.GetPrimaryKeyString(), "started");
        await Task.Delay(delayMilliseconds);
        _inFlight--;
    }
}

public interface IReentrantOverlapGrain : IGrainWithStringKey
{
    Task Work(int delayMilliseconds);

    Task<int> GetMaxConcurrency();
}

[Reentrant]
public sealed class ReentrantOverlapGrain : Grain, IReentrantOverlapGrain
{
    private int _inFlight;
    private int _max;
    private bool _parallel;
    private int _turns;

    public async Task Work(int delayMilliseconds)
    {
        // Interleaving is not parallelism: a turn never runs while another turn of this activation runs.
        var turns = Interlocked.Increment(ref _turns);
        _parallel |= turns > 1;
        _max = Math.Max(_max, ++_inFlight);
        Interlocked.Decrement(ref _turns);
        await Task.Delay(delayMilliseconds);
        _inFlight--;
    }

    public Task<int> GetMaxConcurrency() => Task.FromResult(_parallel ? -1 : _max);
}
