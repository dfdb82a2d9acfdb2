namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Overrides the idle collection age (15 minutes by default) for activations of this grain class.
/// Set any combination of <see cref="Days"/>, <see cref="Hours"/>, <see cref="Minutes"/> and <see cref="Seconds"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>Whole days of the age limit.</summary>
    public double Days { get; init; }

    /// <summary>Whole hours of the age limit.</summary>
    public double Hours { get; init; }

    /// <summary>Minutes of the age limit.</summary>
    public double Minutes { get; init; }

    /// <summary>Seconds of the age limit.</summary>
    public double Seconds { get; init; }

    /// <summary>The age limit.</summary>
    public TimeSpan AgeLimit =>
        TimeSpan.FromDays(Days) + TimeSpan.FromHours(Hours) + TimeSpan.FromMinutes(Minutes) + TimeSpan.FromSeconds(Seconds);
}
