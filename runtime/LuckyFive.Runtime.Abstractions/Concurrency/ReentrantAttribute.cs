namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Lets requests to this grain class interleave at await points. Turns still run one at a time:
/// interleaving is never parallelism.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
