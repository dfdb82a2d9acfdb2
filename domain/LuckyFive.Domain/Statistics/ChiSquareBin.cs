namespace LuckyFive.Domain.Statistics;

/// <summary>One bin of the goodness-of-fit test after merging: tickets with LowHits..HighHits hits.</summary>
public sealed record ChiSquareBin(int LowHits, int HighHits, long Observed, double Expected);
