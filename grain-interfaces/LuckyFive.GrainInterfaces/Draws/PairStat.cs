namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>How often two numbers were drawn together over a span.</summary>
/// <param name="First">The lower number.</param>
/// <param name="Second">The higher number.</param>
/// <param name="Count">Draws of the span that include both.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.PairStat.v1")]
public sealed record PairStat(int First, int Second, int Count);
