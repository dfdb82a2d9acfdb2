using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Tests.Draws;

public sealed class DrawHistoryTests
{
    [Fact]
    public void NumbersBefore_WindowSmallerThanHistory_ReturnsTheLastDrawsBeforeTheContest()
    {
        var history = SyntheticHistory.Generate(50, seed: 3);

        var window = history.NumbersBefore(30, 10);

        Assert.Equal(10, window.Length);
        Assert.Equal(history[20].Numbers, window[0]);
        Assert.Equal(history[29].Numbers, window[^1]);
    }

    [Fact]
    public void NumbersBefore_FirstContestOrBeyondTheEnd_ClampsToTheHistory()
    {
        var history = SyntheticHistory.Generate(20, seed: 3);

        Assert.Equal(0, history.NumbersBefore(1, 500).Length);
        Assert.Equal(20, history.NumbersBefore(1_000, 500).Length);
    }

    [Fact]
    public void Lookup_HistoryWithAGap_FindsPresentContestsAndCountsAcrossTheGap()
    {
        var all = SyntheticHistory.Generate(10, seed: 5).Draws;
        var history = new DrawHistory(all.Where(d => d.Contest is not (4 or 5)));

        Assert.False(history.Contains(4));
        Assert.False(history.TryGet(5, out _));
        Assert.Equal(7, history[7].Contest);
        Assert.Equal(3, history.CountBefore(5));
        Assert.Equal(3, history.CountBefore(6));
        Assert.Throws<KeyNotFoundException>(() => history[4]);
    }

    [Fact]
    public void Constructor_DuplicateContest_IsRejected()
    {
        var draw = SyntheticHistory.Generate(1, seed: 1).Draws[0];

        var error = Assert.Throws<ArgumentException>(() => new DrawHistory([draw, draw]));
        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntheticHistory_SameSeed_IsIdenticalAndDifferentSeedDiffers()
    {
        var first = SyntheticHistory.Generate(200, seed: 11).Draws;
        var again = SyntheticHistory.Generate(200, seed: 11).Draws;
        var other = SyntheticHistory.Generate(200, seed: 12).Draws;

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(d => d.Numbers), other.Select(d => d.Numbers));
        Assert.All(first, d => Assert.Equal(5, d.Numbers.Count));
        Assert.All(first, d => Assert.NotEqual(DayOfWeek.Sunday, d.Date.DayOfWeek));
    }
}
