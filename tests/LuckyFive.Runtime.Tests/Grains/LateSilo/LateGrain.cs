namespace LuckyFive.Runtime.Tests.Grains.LateSilo;

/// <summary>Hosted only by silos a test adds on purpose (not by <c>AddTestGrains</c>).</summary>
public interface ILateGrain : IGrainWithStringKey
{
    Task<string> Hello();
}

public sealed class LateGrain : Grain, ILateGrain
{
    public Task<string> Hello() => Task.FromResult($"hello from {this.GetPrimaryKeyString()}");
}
