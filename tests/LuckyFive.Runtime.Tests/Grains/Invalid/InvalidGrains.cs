namespace LuckyFive.Runtime.Tests.Grains.Invalid;

/// <summary>Never hosted: no class implements it.</summary>
public interface IUnhostedGrain : IGrainWithStringKey
{
    Task Call();
}

/// <summary>Takes a delegate, which cannot be serialized: a silo hosting it must refuse to start.</summary>
public interface IUnserializableGrain : IGrainWithStringKey
{
    Task Call(Func<int> callback);
}

public sealed class UnserializableGrain : Grain, IUnserializableGrain
{
    public Task Call(Func<int> callback) => Task.CompletedTask;
}
