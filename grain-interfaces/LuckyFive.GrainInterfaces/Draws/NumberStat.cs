namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>One number's figures over a span.</summary>
/// <param name="Number">1..80.</param>
/// <param name="Frequency">Draws of the span that include it.</param>
/// <param name="LastContest">The last contest up to the span's end that drew it, looking back past the span's start; null if none.</param>
/// <param name="Gap">Draws since <paramref name="LastContest"/> up to the span's end (0 = drawn in the last one); null if never drawn.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.NumberStat.v1")]
public sealed record NumberStat(int Number, int Frequency, int? LastContest, int? Gap);
