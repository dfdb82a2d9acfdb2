namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>One prize tier of one contest.</summary>
/// <param name="Name">quina, quadra, terno or duque.</param>
/// <param name="Hits">Numbers matched: 5, 4, 3 or 2.</param>
/// <param name="Winners">Winning bets.</param>
/// <param name="PrizeCents">The net prize per winning bet, in cents.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawTier.v1")]
public sealed record DrawTier(string Name, int Hits, int Winners, long PrizeCents);
