using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;
using LuckyFive.Domain.Strategies;
using LuckyFive.Domain.Tests.TestData;

namespace LuckyFive.Domain.Tests.Strategies;

public sealed class StrategyTests
{
    private static readonly Dictionary<string, double> NoParameters = [];

    [Theory]
    [InlineData("RANDOM", "random")]
    [InlineData("Hybrid", "hybrid")]
    [InlineData(" recency ", "recency")]
    [InlineData("frequency", "frequency")]
    [InlineData("astrology", null)]
    [InlineData("", null)]
    public void Find_IgnoresCaseAndSurroundingSpace(string given, string? expected)
    {
        Assert.Equal(expected, StrategyCatalog.Find(given));
    }

    public static TheoryData<string, int, int> StrategiesSizesAndCounts() => new()
    {
        { StrategyCatalog.Random, 5, 20 },
        { StrategyCatalog.Frequency, 10, 30 },
        { StrategyCatalog.Recency, 15, 5 },
        { StrategyCatalog.Hybrid, 5, 20 },
        { StrategyCatalog.Hybrid, 12, 7 },
        { StrategyCatalog.Hybrid, 15, 100 },
    };

    [Theory]
    [MemberData(nameof(StrategiesSizesAndCounts))]
    public void Generate_AnyStrategy_GivesDistinctTicketsOfKNumbersInRange(string name, int k, int n)
    {
        var tickets = Generate(name, NoParameters, OfficialHistory.Value.NumbersBefore(6_000, 500), k, n, seed: 1);

        Assert.All(tickets, t => Assert.Equal(k, t.Count));
        Assert.All(tickets, t => Assert.All(t.ToArray(), x => Assert.InRange(x, 1, 80)));
        Assert.Equal(n, tickets.Distinct().Count());
    }

    [Theory]
    [InlineData(StrategyCatalog.Random)]
    [InlineData(StrategyCatalog.Frequency)]
    [InlineData(StrategyCatalog.Recency)]
    [InlineData(StrategyCatalog.Hybrid)]
    public void Generate_SameInputsAndStream_GivesTheSameTickets(string name)
    {
        var history = OfficialHistory.Value.NumbersBefore(5_000, 300);
        var strategy = StrategyFactory.Create(name, NoParameters);
        var first = new NumberSet[25];
        var second = new NumberSet[25];

        strategy.Generate(history, 5, DeterministicRandom.ForContest(7, 5_000), first);
        // A fresh instance after the first has run: reused buffers must not leak state between calls.
        StrategyFactory.Create(name, NoParameters).Generate(history, 5, DeterministicRandom.ForContest(7, 5_000), second);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(StrategyCatalog.Random)]
    [InlineData(StrategyCatalog.Hybrid)]
    public void Generate_EmptyHistory_StillGivesValidTickets(string name)
    {
        var tickets = Generate(name, NoParameters, [], 5, 10, seed: 3);

        Assert.Equal(10, tickets.Distinct().Count());
        Assert.All(tickets, t => Assert.Equal(5, t.Count));
    }

    [Theory]
    [InlineData("alpha", 0.0)]
    [InlineData("beta", 1.0)]
    [InlineData("gamma", 1.0)]
    [InlineData("delta", 0.0)]
    [InlineData("lambda", 0.5)]
    [InlineData("cooccurrence_window", 10)]
    [InlineData("hot_window", 200)]
    [InlineData("hot_cold_boost", 5)]
    [InlineData("coverage", 1.0)]
    public void Generate_HybridParameterChanged_ChangesTheTickets(string parameter, double value)
    {
        var history = OfficialHistory.Value.NumbersBefore(6_500, 500);
        var baseline = Generate(StrategyCatalog.Hybrid, NoParameters, history, 5, 20, seed: 5);

        var changed = Generate(StrategyCatalog.Hybrid, new() { [parameter] = value }, history, 5, 20, seed: 5);

        Assert.NotEqual(baseline, changed);
    }

    [Fact]
    public void Generate_FrequencyWithHighPower_FavoursTheMostDrawnNumbers()
    {
        var history = OfficialHistory.Value.NumbersBefore(6_882, 200);
        var counts = new int[81];
        foreach (var draw in history)
        {
            foreach (var n in draw.ToArray())
            {
                counts[n]++;
            }
        }

        var hottest = Enumerable.Range(1, 80).OrderByDescending(n => counts[n]).Take(20).ToHashSet();
        var tickets = Generate(StrategyCatalog.Frequency, new() { ["power"] = 6 }, history, 5, 50, seed: 9);
        var share = tickets.SelectMany(t => t.ToArray()).Count(hottest.Contains) / 250.0;

        Assert.True(share > 0.6, $"only {share:P0} of the numbers are among the 20 most drawn");
    }

    [Fact]
    public void Create_UnknownParameterOrOutOfRange_IsRejectedNamingIt()
    {
        var unknown = Assert.Throws<ArgumentException>(() => StrategyFactory.Create(StrategyCatalog.Recency, new Dictionary<string, double> { ["alpha"] = 1 }));
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => StrategyFactory.Create(StrategyCatalog.Hybrid, new Dictionary<string, double> { ["alpha"] = 2 }));

        Assert.Contains("alpha", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("0..1", range.Message, StringComparison.Ordinal);
    }

    private static NumberSet[] Generate(string name, Dictionary<string, double> parameters, ReadOnlySpan<NumberSet> history, int k, int n, ulong seed)
    {
        var tickets = new NumberSet[n];
        StrategyFactory.Create(name, parameters).Generate(history, k, DeterministicRandom.ForContest(seed, 1), tickets);
        return tickets;
    }
}
