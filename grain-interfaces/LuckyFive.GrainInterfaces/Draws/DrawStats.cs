namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>Statistics of the numbers drawn over a span of contests.</summary>
/// <param name="Version">The draw version they were computed on.</param>
/// <param name="FromContest">The first contest in the span; 0 when the span is empty.</param>
/// <param name="ToContest">The last contest in the span; 0 when the span is empty.</param>
/// <param name="Draws">How many draws the span holds.</param>
/// <param name="Numbers">The numbers 1..80 in order.</param>
/// <param name="TopPairs">The most frequent pairs, most frequent first (ties by the lower numbers), at most 20.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawStats.v1")]
public sealed record DrawStats(long Version, int FromContest, int ToContest, int Draws, IReadOnlyList<NumberStat> Numbers, IReadOnlyList<PairStat> TopPairs);
