using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.GrainInterfaces.Draws;

namespace LuckyFive.Grains.Draws;

/// <summary>Maps the domain's draws and import reports to the wire records of the draw grains.</summary>
internal static class DrawViews
{
    public static DrawView View(Draw draw) => new(
        draw.Contest,
        draw.Date,
        draw.Numbers.ToArray(),
        draw.Currency == Currency.Brl ? "BRL" : "BRR",
        draw.PrizesKnown,
        [
            new DrawTier("quina", 5, draw.Quina.Winners, draw.Quina.PrizeCents),
            new DrawTier("quadra", 4, draw.Quadra.Winners, draw.Quadra.PrizeCents),
            new DrawTier("terno", 3, draw.Terno.Winners, draw.Terno.PrizeCents),
            new DrawTier("duque", 2, draw.Duque.Winners, draw.Duque.PrizeCents),
        ],
        draw.AccumulatedCents,
        draw.TotalSalesCents,
        draw.PrizeEstimateCents,
        draw.SaoJoaoAccumulatedCents,
        draw.WinnerLocations,
        draw.Notes);

    public static DrawImportSummary Summary(DrawStoreImport import) => new(
        import.Version,
        import.CreatedVersion,
        import.Format == DrawFileFormat.Xlsx ? "xlsx" : "csv",
        import.Report.Inserted,
        import.Report.Updated,
        import.Report.Unchanged,
        import.Report.EmptyRowsSkipped,
        import.Report.Rejections.Select(r => new DrawRowRejection(r.Row, r.Column, r.Reason)).ToArray());
}
