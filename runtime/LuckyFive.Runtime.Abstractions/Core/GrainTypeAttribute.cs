namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Pins the stable grain type name of a grain class. Without it the name is the class name, lower-cased,
/// without a trailing "Grain". Renaming a grain type orphans its stored state and reminders.
/// </summary>
/// <param name="grainType">The grain type name.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string grainType) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string GrainType { get; } = grainType;
}
