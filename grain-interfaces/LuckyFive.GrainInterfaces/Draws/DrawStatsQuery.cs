namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>
/// The span statistics cover: the last <paramref name="Window"/> draws up to <paramref name="ToContest"/>, or the
/// contests <paramref name="FromContest"/>..<paramref name="ToContest"/>; whatever is null is open (the whole history
/// by default).
/// </summary>
/// <param name="Window">How many draws, counting back from the span's end; not together with <paramref name="FromContest"/>.</param>
/// <param name="FromContest">The span's first contest, inclusive.</param>
/// <param name="ToContest">The span's last contest, inclusive.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawStatsQuery.v1")]
public sealed record DrawStatsQuery(int? Window, int? FromContest, int? ToContest);
