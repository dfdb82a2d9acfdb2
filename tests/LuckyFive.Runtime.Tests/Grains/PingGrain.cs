namespace LuckyFive.Runtime.Tests.Grains;

public interface IPingGrain : IGrainWithIntegerKey
{
    Task<int> Ping(int value);

    ValueTask<int> PingValue(int value);

    Task<int> PingOther(long otherKey, int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);

    public ValueTask<int> PingValue(int value) => ValueTask.FromResult(value + 1);

    public Task<int> PingOther(long otherKey, int value) => GrainFactory.GetGrain<IPingGrain>(otherKey).Ping(value);
}
