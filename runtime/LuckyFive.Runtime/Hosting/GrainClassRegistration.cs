namespace LuckyFive.Runtime;

/// <summary>A grain class a silo hosts (registered with <c>AddGrain&lt;T&gt;()</c> or <c>AddGrainsFromAssembly</c>).</summary>
/// <param name="GrainClass">The grain class.</param>
public sealed record GrainClassRegistration(Type GrainClass);
