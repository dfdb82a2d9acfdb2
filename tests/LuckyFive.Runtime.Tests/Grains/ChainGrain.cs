namespace LuckyFive.Runtime.Tests.Grains;

public interface IChainGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="otherKey"/>, which calls this grain back.</summary>
    Task<string> CallAround(string otherKey);

    Task<string> CallBack(string originKey);

    Task<string> Echo(string value);

    Task<string> CallAroundSuppressed(string otherKey);
}

public sealed class ChainGrain : Grain, IChainGrain
{
    public async Task<string> CallAround(string otherKey) =>
        await GrainFactory.GetGrain<IChainGrain>(otherKey).CallBack(this.GetPrimaryKeyString());

    public async Task<string> CallBack(string originKey) =>
        "back:" + await GrainFactory.GetGrain<IChainGrain>(originKey).Echo(this.GetPrimaryKeyString());

    public Task<string> Echo(string value) => Task.FromResult("echo:" + value);

    public async Task<string> CallAroundSuppressed(string otherKey)
    {
        using (RequestContext.SuppressCallChainReentrancy())
        {
            return await GrainFactory.GetGrain<IChainGrain>(otherKey).CallBack(this.GetPrimaryKeyString());
        }
    }
}
