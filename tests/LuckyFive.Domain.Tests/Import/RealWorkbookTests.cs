using System.Diagnostics;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using Xunit.Abstractions;

namespace LuckyFive.Domain.Tests.Import;

public sealed class RealWorkbookTests(ITestOutputHelper output)
{
    [Fact]
    public void Workbook_Read_ImportsEveryContestWithoutRejections()
    {
        var result = RealFiles.Workbook;

        Assert.Equal(DrawFileFormat.Xlsx, result.Format);
        Assert.Empty(result.Rejections);
        Assert.Equal(0, result.EmptyRowsSkipped);
        Assert.Empty(result.IgnoredColumns);
        Assert.Equal(RealFiles.ContestCount, result.Draws.Count);
        Assert.Equal(Enumerable.Range(1, RealFiles.ContestCount), result.Draws.Select(d => d.Contest));
    }

    [Fact]
    public void Workbook_Contest1_HasPublishedValuesInCruzeirosReais()
    {
        var draw = RealFiles.Workbook.Draws[0];

        Assert.Equal(1, draw.Contest);
        Assert.Equal(new DateOnly(1994, 3, 13), draw.Date);
        Assert.Equal(NumberSet.Of(25, 45, 60, 76, 79), draw.Numbers);
        Assert.Equal(new TierPayout(3, 7_573_122_500), draw.Quina);
        Assert.Equal(new TierPayout(127, 178_892_700), draw.Quadra);
        Assert.Equal(new TierPayout(7030, 4_298_200), draw.Terno);
        Assert.Equal(Currency.Brr, draw.Currency);
    }

    [Fact]
    public void Workbook_Contest4085_HasFirstDuquePayoutAndAllMoneyColumns()
    {
        var draw = History()[4085];

        Assert.Equal(new TierPayout(107_722, 236), draw.Duque);
        Assert.Equal(new TierPayout(1, 113_760_047), draw.Quina);
        Assert.Equal(535_063_650, draw.TotalSalesCents);
        Assert.Equal(50_000_000, draw.PrizeEstimateCents);
        Assert.Equal(9_657_182_656, draw.SaoJoaoAccumulatedCents);
        Assert.Equal("SANTA RITA DO PASSA QUATRO/SP", draw.WinnerLocations);
        Assert.Equal(Currency.Brl, draw.Currency);
    }

    [Fact]
    public void Workbook_Contest29_IsTheFirstInReais()
    {
        var history = History();

        Assert.Equal(Currency.Brr, history[28].Currency);
        Assert.Equal(Currency.Brl, history[29].Currency);
        Assert.Equal(14_814_289, history[29].AccumulatedCents);
    }

    [Fact]
    public void Workbook_DateAnomalies_AreKeptAsPublished()
    {
        var history = History();

        Assert.Equal(new DateOnly(1997, 3, 12), history[380].Date);
        Assert.Equal(new DateOnly(2009, 11, 25), history[2153].Date);
        Assert.Equal(history[2153].Date, history[2155].Date);
        Assert.StartsWith("ESTE RESULTADO REFERE-SE AO CONCURSO DO DIA 23/11/2009", history[2153].Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_AndFullCsv_YieldIdenticalDraws()
    {
        var fromWorkbook = RealFiles.Workbook.Draws;
        var fromCsv = RealFiles.FullCsv.Draws;

        Assert.Empty(RealFiles.FullCsv.Rejections);
        Assert.Equal(fromWorkbook.Count, fromCsv.Count);
        for (var i = 0; i < fromWorkbook.Count; i++)
        {
            Assert.Equal(fromWorkbook[i], fromCsv[i]);
        }
    }

    [Fact]
    public void Workbook_AndShortCsv_YieldSameDatesAndNumbers()
    {
        var fromWorkbook = RealFiles.Workbook.Draws;
        var fromCsv = RealFiles.ShortCsv.Draws;

        Assert.Empty(RealFiles.ShortCsv.Rejections);
        Assert.Equal(fromWorkbook.Select(d => (d.Contest, d.Date, d.Numbers)), fromCsv.Select(d => (d.Contest, d.Date, d.Numbers)));
        Assert.All(fromCsv, d => Assert.Equal(default, d.Quina));
    }

    [Fact]
    public void PrizesKnown_IsTrueForFilesWithPrizeColumnsAndFalseForTheShortCsv()
    {
        Assert.True(RealFiles.Workbook.PrizesKnown);
        Assert.True(RealFiles.FullCsv.PrizesKnown);
        Assert.All(RealFiles.Workbook.Draws, d => Assert.True(d.PrizesKnown));
        Assert.False(RealFiles.ShortCsv.PrizesKnown);
        Assert.All(RealFiles.ShortCsv.Draws, d => Assert.False(d.PrizesKnown));
    }

    [Fact]
    public void Workbook_ReadTime_IsReported()
    {
        var watch = Stopwatch.StartNew();
        var result = RealFiles.Read("Quina.xlsx");
        watch.Stop();

        // Timing is machine-dependent and only reported, never asserted.
        output.WriteLine($"Reading Quina.xlsx ({result.Draws.Count} contests) took {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(RealFiles.ContestCount, result.Draws.Count);
    }

    private static DrawHistory History() => new(RealFiles.Workbook.Draws);
}
