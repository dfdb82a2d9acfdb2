using LuckyFive.Domain.Rules;

namespace LuckyFive.Domain.Tests.Rules;

public sealed class PrizeCountsTests
{
    public static TheoryData<int, int> SizesAndHits()
    {
        var data = new TheoryData<int, int>();
        for (var k = Quina.MinTicketSize; k <= Quina.MaxTicketSize; k++)
        {
            for (var h = 0; h <= 5; h++)
            {
                data.Add(k, h);
            }
        }

        return data;
    }

    /// <summary>A k-number ticket is the C(k,5) simple bets it contains: enumerate them and count each one's hits.</summary>
    [Theory]
    [MemberData(nameof(SizesAndHits))]
    public void Count_CurrentRules_MatchesEnumerationOfEveryFiveSubset(int ticketSize, int hits)
    {
        var ticket = Enumerable.Range(1, ticketSize).ToArray();
        var drawn = ticket.Take(hits).Concat(Enumerable.Range(ticketSize + 1, 5 - hits)).ToHashSet();
        var byTier = new long[6];
        foreach (var bet in FiveSubsets(ticket))
        {
            byTier[bet.Count(drawn.Contains)]++;
        }

        for (var tier = 2; tier <= 5; tier++)
        {
            Assert.Equal(byTier[tier], PrizeCounts.Count(RuleEra.Current, ticketSize, hits, tier));
        }

        Assert.Equal(Combinatorics.Choose(ticketSize, 5), byTier.Sum());
    }

    [Theory]
    [InlineData(6, 5, 1, 5, 0, 0)]
    [InlineData(8, 4, 0, 4, 24, 24)]
    [InlineData(15, 5, 1, 50, 450, 1200)]
    [InlineData(15, 2, 0, 0, 0, 286)]
    public void Count_CurrentRules_MatchesThePublishedTable(int k, int h, long quina, long quadra, long terno, long duque)
    {
        Assert.Equal(quina, PrizeCounts.Count(RuleEra.Current, k, h, 5));
        Assert.Equal(quadra, PrizeCounts.Count(RuleEra.Current, k, h, 4));
        Assert.Equal(terno, PrizeCounts.Count(RuleEra.Current, k, h, 3));
        Assert.Equal(duque, PrizeCounts.Count(RuleEra.Current, k, h, 2));
    }

    [Theory]
    [InlineData(7, 5, 5)]
    [InlineData(7, 4, 4)]
    [InlineData(6, 3, 3)]
    public void Count_LegacyRules_PaysOnlyTheHighestTierOnce(int k, int h, int paidTier)
    {
        for (var tier = 2; tier <= 5; tier++)
        {
            Assert.Equal(tier == paidTier ? 1 : 0, PrizeCounts.Count(RuleEra.Legacy, k, h, tier));
        }
    }

    [Fact]
    public void Count_LegacyRules_HasNoDuque() =>
        Assert.Equal(0, PrizeCounts.Count(RuleEra.Legacy, 5, 2, 2));

    private static IEnumerable<int[]> FiveSubsets(int[] items)
    {
        var n = items.Length;
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                for (var c = b + 1; c < n; c++)
                {
                    for (var d = c + 1; d < n; d++)
                    {
                        for (var e = d + 1; e < n; e++)
                        {
                            yield return [items[a], items[b], items[c], items[d], items[e]];
                        }
                    }
                }
            }
        }
    }
}
