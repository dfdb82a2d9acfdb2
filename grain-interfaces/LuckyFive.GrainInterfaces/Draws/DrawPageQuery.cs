namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>Which draws one page holds; every filter is optional and they combine.</summary>
/// <param name="Version">The version to read; null = the current one. A cursor pins it, so later pages match the first.</param>
/// <param name="FromContest">The lowest contest, inclusive.</param>
/// <param name="ToContest">The highest contest, inclusive.</param>
/// <param name="FromDate">The earliest draw date, inclusive.</param>
/// <param name="ToDate">The latest draw date, inclusive.</param>
/// <param name="BeforeContest">Only contests below this one: where the previous page ended.</param>
/// <param name="Limit">The most draws the page holds, at least 1.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawPageQuery.v1")]
public sealed record DrawPageQuery(
    long? Version,
    int? FromContest,
    int? ToContest,
    DateOnly? FromDate,
    DateOnly? ToDate,
    int? BeforeContest,
    int Limit);
