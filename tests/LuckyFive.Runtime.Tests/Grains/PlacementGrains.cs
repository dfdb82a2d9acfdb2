namespace LuckyFive.Runtime.Tests.Grains;

public interface IPlacedGrain : IGrainWithIntegerKey
{
    Task<string> GetSilo();

    Task Deactivate();
}

[ActivationCountBasedPlacement]
public sealed class CountPlacedGrain : Grain, IPlacedGrain
{
    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

[PreferLocalPlacement]
public sealed class LocalPlacedGrain : Grain, IPlacedGrain
{
    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

[HashBasedPlacement]
public sealed class HashPlacedGrain : Grain, IPlacedGrain
{
    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

public interface ILocalCallerGrain : IGrainWithIntegerKey
{
    Task<string[]> CallPreferLocal(long firstKey, int count);

    Task<string> GetSilo();
}

[PreferLocalPlacement]
public sealed class LocalCallerGrain : Grain, ILocalCallerGrain
{
    public Task<string[]> CallPreferLocal(long firstKey, int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            GrainFactory.GetGrain<IPlacedGrain>(firstKey + i, grainClassNamePrefix: typeof(LocalPlacedGrain).FullName).GetSilo()));

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());
}
