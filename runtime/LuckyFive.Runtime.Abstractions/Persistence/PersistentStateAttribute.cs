namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Injects an <see cref="IPersistentState{TState}"/> into a grain constructor parameter.
/// </summary>
/// <param name="stateName">Distinguishes several records of one grain.</param>
/// <param name="storageName">The storage provider; null selects the provider registered as default.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The name of the provider registered as default.</summary>
    public const string DefaultStorageName = "Default";

    /// <summary>Distinguishes several records of one grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider; null selects the provider registered as default.</summary>
    public string? StorageName { get; } = storageName;
}
