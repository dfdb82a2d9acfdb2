namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Promises that instances of this type are never mutated, so calls inside one silo pass them by reference
/// instead of copying them.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ImmutableAttribute : Attribute;
