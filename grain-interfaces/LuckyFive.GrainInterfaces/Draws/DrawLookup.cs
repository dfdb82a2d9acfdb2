namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>One contest looked up in a version.</summary>
/// <param name="Version">The version that was read.</param>
/// <param name="Draw">The contest, or null when the version does not have it.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawLookup.v1")]
public sealed record DrawLookup(long Version, DrawView? Draw);
