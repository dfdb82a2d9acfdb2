namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>One page of draws, newest contest first.</summary>
/// <param name="Version">The draw version the page was read from.</param>
/// <param name="Draws">The draws.</param>
/// <param name="NextBeforeContest">Where the next page starts (its contests are below this one); null on the last page.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawPage.v1")]
public sealed record DrawPage(long Version, IReadOnlyList<DrawView> Draws, int? NextBeforeContest);
