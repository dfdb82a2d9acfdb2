namespace LuckyFive.Runtime;

/// <summary>
/// One grain class a silo hosts, as published in its membership entry so that every silo and client can map
/// grain interfaces to grain types and know how to place them.
/// </summary>
/// <param name="GrainType">The grain type name.</param>
/// <param name="ClassName">The full name of the grain class.</param>
/// <param name="Interfaces">Full names of the grain interfaces it implements.</param>
/// <param name="Placement">The name of its placement strategy.</param>
public sealed record GrainTypeDescriptor(string GrainType, string ClassName, IReadOnlyList<string> Interfaces, string Placement);
