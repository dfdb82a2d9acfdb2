using LuckyFive.Api.Ui.Charts;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Api.Tests.Ui;

/// <summary>The arithmetic under the pages' SVG charts: scales, ticks and the equity curve.</summary>
public sealed class ChartGeometryTests
{
    [Fact]
    public void Scale_MapsItsRangeOntoThePixels_UpsideDownForAVerticalAxis()
    {
        var y = new PlotArea(500, 300, Left: 50, Right: 10, Top: 20, Bottom: 30).Y(-10, 30);

        Assert.Equal(270, y[-10]);
        Assert.Equal(20, y[30]);
        Assert.Equal(207.5, y[0]);
    }

    [Theory]
    [InlineData(0, 1, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(-3290, 0, new double[] { -3000, -2000, -1000, 0 })]
    [InlineData(1001, 6800, new double[] { 2000, 3000, 4000, 5000, 6000 })]
    public void Ticks_AreRoundValuesInsideTheRange(double min, double max, double[] expected)
    {
        Assert.Equal(expected, new LinearScale(min, max, 0, 100).Ticks(min == 1001 ? 6 : 5));
    }

    [Fact]
    public void Scale_OfOneValue_IsWidenedAroundIt()
    {
        var scale = new LinearScale(7, 7, 0, 100);

        Assert.True(scale.Min < 7 && scale.Max > 7);
        Assert.Equal(50, scale[7]);
    }

    [Fact]
    public void EquityCurve_RunsTheNet_AndMeasuresTheFallFromEachPeak()
    {
        var curve = EquityCurve.From([Result(3, cost: 250, prize: 0), Result(1, cost: 250, prize: 1000), Result(2, cost: 250, prize: 0)]);

        Assert.Equal([1, 2, 3], curve.Points.Select(p => p.Contest));
        Assert.Equal([750L, 500, 250], curve.Points.Select(p => p.BalanceCents));
        Assert.Equal([0L, 250, 500], curve.Points.Select(p => p.DrawdownCents));
        Assert.Equal(250, curve.FinalBalanceCents);
        Assert.Equal(500, curve.MaxDrawdownCents);
    }

    private static ContestResult Result(int contest, long cost, long prize) => new()
    {
        Contest = contest,
        Date = new DateOnly(2000, 1, 1).AddDays(contest),
        Drawn = [1, 2, 3, 4, 5],
        Tickets = [[6, 7, 8, 9, 10]],
        Hits = [0],
        PrizeCounts = [0, 0, 0, 0],
        CostCents = cost,
        PrizeCents = prize,
        PriceAssumed = false,
        PrizesKnown = true,
        JackpotUnknown = false,
    };
}
