namespace LuckyFive.Runtime.Tests.Grains;

public interface IGuidKeyedGrain : IGrainWithGuidKey
{
    Task<Guid> GetKey();
}

public sealed class GuidKeyedGrain : Grain, IGuidKeyedGrain
{
    public Task<Guid> GetKey() => Task.FromResult(this.GetPrimaryKey());
}

public interface ICompoundKeyedGrain : IGrainWithIntegerCompoundKey
{
    Task<string> Describe();
}

public sealed class CompoundKeyedGrain : Grain, ICompoundKeyedGrain
{
    public Task<string> Describe()
    {
        var key = this.GetPrimaryKeyLong(out var extension);
        return Task.FromResult($"{key}:{extension}");
    }
}

public interface IOneWayGrain : IGrainWithStringKey
{
    [OneWay]
    Task Fire(string value);
}

public sealed class OneWayGrain : Grain, IOneWayGrain
{
    public async Task Fire(string value)
    {
        await Task.Delay(200);
        GrainEvents.Record(this.GetPrimaryKeyString(), "fired:" + value);
        throw new InvalidOperationException("one-way callers never see this");
    }
}

public interface IMeteredGrain : IGrainWithStringKey
{
    Task Work();

    Task Fail();
}

/// <summary>A grain type used only by the metrics test, so its measurements are not mixed with other tests'.</summary>
public sealed class MeteredGrain : Grain, IMeteredGrain
{
    public Task Work() => Task.Delay(1);

    public Task Fail() => throw new InvalidOperationException("metered failure");
}

public interface IPocoGrain : IGrainWithStringKey
{
    Task<string> WhoAmI();
}

/// <summary>A grain that does not derive from <see cref="Grain"/>: it receives its context in the constructor.</summary>
public sealed class PocoGrain(IGrainContext context) : IGrainBase, IPocoGrain
{
    public IGrainContext GrainContext => context;

    public Task<string> WhoAmI() => Task.FromResult(GrainContext.GrainId.ToString());
}
