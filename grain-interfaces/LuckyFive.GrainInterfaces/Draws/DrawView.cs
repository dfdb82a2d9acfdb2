namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>
/// One official contest as published. Money is integer cents of <paramref name="Currency"/> (cruzeiros reais before
/// 1994-07-01), net of income tax and per winner.
/// </summary>
/// <param name="Contest">The contest number.</param>
/// <param name="Date">The draw date.</param>
/// <param name="Numbers">The five numbers drawn, ascending.</param>
/// <param name="Currency">The currency of every amount: <c>BRL</c> or <c>BRR</c>.</param>
/// <param name="PrizesKnown">False when the source had no prize columns, so the tiers' zeros are unknown, not published.</param>
/// <param name="Tiers">The four prize tiers, quina (5 hits) first.</param>
/// <param name="AccumulatedCents">The jackpot carried to the next contest.</param>
/// <param name="TotalSalesCents">Gross sales (0 where the source has none).</param>
/// <param name="PrizeEstimateCents">The published estimate for the next contest.</param>
/// <param name="SaoJoaoAccumulatedCents">The São João special draw's reserve.</param>
/// <param name="WinnerLocations">Where the quina winners played, as published.</param>
/// <param name="Notes">The published notes.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawView.v1")]
public sealed record DrawView(
    int Contest,
    DateOnly Date,
    IReadOnlyList<int> Numbers,
    string Currency,
    bool PrizesKnown,
    IReadOnlyList<DrawTier> Tiers,
    long AccumulatedCents,
    long TotalSalesCents,
    long PrizeEstimateCents,
    long SaoJoaoAccumulatedCents,
    string WinnerLocations,
    string Notes);
