namespace LuckyFive.Serialization.Tests;

/// <summary>Takes an argument of a type with no serializer: a silo that knows this contract must refuse to start.</summary>
public interface IUnserializableArgumentGrain : IGrainWithStringKey
{
    Task Accept(PlainSettings settings);
}

/// <summary>Deliberately without <c>[GenerateSerializer]</c>.</summary>
public sealed class PlainSettings
{
    public int Value { get; set; }
}

/// <summary>An implementation, so the contract is one a silo hosts.</summary>
public sealed class UnserializableArgumentGrain : Grain, IUnserializableArgumentGrain
{
    public Task Accept(PlainSettings settings) => Task.CompletedTask;
}
