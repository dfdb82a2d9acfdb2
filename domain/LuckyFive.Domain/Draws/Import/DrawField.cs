namespace LuckyFive.Domain.Draws.Import;

/// <summary>The draw fields a column can feed. The first seven are required.</summary>
internal enum DrawField
{
    Contest,
    Date,
    Number1,
    Number2,
    Number3,
    Number4,
    Number5,
    QuinaWinners,
    QuinaPrize,
    QuadraWinners,
    QuadraPrize,
    TernoWinners,
    TernoPrize,
    DuqueWinners,
    DuquePrize,
    Accumulated,
    TotalSales,
    PrizeEstimate,
    SaoJoaoAccumulated,
    WinnerLocations,
    Notes,
}
