using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Transport.Benchmarks;

public interface IEchoGrain : IGrainWithIntegerKey
{
    Task<int> Echo(int value);

    Task<string> GetSilo();
}

public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<int> Echo(int value) => Task.FromResult(value);

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());
}
