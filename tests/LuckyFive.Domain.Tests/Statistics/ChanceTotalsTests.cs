using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class ChanceTotalsTests
{
    [Fact]
    public void Over_OneFiveNumberTicket_GivesHypergeometricZ()
    {
        // Three hits on {1..5}: E[H] = 5·5/80, Var[H] = 5·(5/80)·(75/80)·(75/79).
        var contest = ContestChance.Of([NumberSet.Of(1, 2, 3, 4, 5)], NumberSet.Of(1, 2, 3, 60, 70));

        var totals = ChanceTotals.Over([contest]);

        var variance = 5 * (5 / 80.0) * (75 / 80.0) * (75 / 79.0);
        Assert.Equal(1, totals.Contests);
        Assert.Equal(3, totals.ObservedHits);
        Assert.Equal(0.3125, totals.ExpectedHits, 1e-15);
        Assert.Equal(variance, totals.NullVariance, 1e-15);
        Assert.Equal((3 - 0.3125) / Math.Sqrt(variance), totals.Z, 1e-12);
        Assert.Equal(2.6875, contest.ExcessHits, 1e-15);
        Assert.Equal(2.6875, contest.ExcessHitsPerTicket, 1e-15);
    }

    [Fact]
    public void Over_EveryContest_EqualsTheAccumulatorsReportToTheBit()
    {
        var contests = RandomContests(seed: 21, count: 400);
        var accumulator = new ChanceAccumulator();
        contests.ForEach(c => accumulator.Add(c.Tickets, c.Draw));

        var totals = ChanceTotals.Over(contests.Select(c => ContestChance.Of(c.Tickets, c.Draw)));
        var report = accumulator.Report();

        Assert.Equal(accumulator.Totals, totals);
        Assert.Equal(report.ObservedHits, totals.ObservedHits);
        Assert.Equal(report.ExpectedHits, totals.ExpectedHits);
        Assert.Equal(report.NullVariance, totals.NullVariance);
        Assert.Equal(report.Z, totals.Z);
        Assert.Equal(report.OneSidedPValue, totals.OneSidedPValue);
    }

    [Fact]
    public void Over_HeldOutTailOrScatteredSubset_EqualsAnAccumulatorFedOnlyThoseContests()
    {
        var contests = RandomContests(seed: 22, count: 300);
        var chances = contests.Select(c => ContestChance.Of(c.Tickets, c.Draw)).ToArray();
        var subsets = new Func<int, bool>[] { i => i >= 225, i => i % 3 == 1 };

        foreach (var inSubset in subsets)
        {
            var accumulator = new ChanceAccumulator();
            for (var i = 0; i < contests.Count; i++)
            {
                if (inSubset(i))
                {
                    accumulator.Add(contests[i].Tickets, contests[i].Draw);
                }
            }

            var picked = chances.Where((_, i) => inSubset(i)).ToArray();
            var totals = ChanceTotals.Over(picked);

            Assert.Equal(accumulator.Report().Z, totals.Z);
            Assert.Equal(accumulator.Report().OneSidedPValue, totals.OneSidedPValue);
            Assert.Equal(totals, ChanceTotals.Over(picked.Reverse()));
        }
    }

    [Fact]
    public void Over_TicketsContainingTheDraw_BeatChanceOnlyWhereTheyDo()
    {
        var random = new System.Random(23);
        var chances = new List<ContestChance>();
        for (var contest = 0; contest < 200; contest++)
        {
            var draw = TestDraws.RandomSet(random, Quina.NumbersDrawn);
            // The second half's tickets contain the draw; the first half's are random.
            var tickets = Enumerable.Range(0, 4)
                .Select(_ => contest >= 100 ? draw.Union(TestDraws.RandomSet(random, 2)) : TestDraws.RandomSet(random, 6))
                .ToArray();
            chances.Add(ContestChance.Of(tickets, tickets.Select(t => t.CountCommon(draw)).ToArray()));
        }

        var tail = ChanceTotals.Over(chances.Skip(100));
        var head = ChanceTotals.Over(chances.Take(100));

        Assert.True(tail.BeatsChanceAt5Percent);
        Assert.True(tail.OneSidedPValue < 1e-12);
        Assert.False(head.BeatsChanceAt5Percent);
    }

    [Fact]
    public void Over_NoContestsOrZeroVariance_GivesNoEvidence()
    {
        var disjoint = Enumerable.Range(0, 16).Select(i => NumberSet.Of([.. Enumerable.Range(5 * i + 1, 5)])).ToArray();

        var empty = ChanceTotals.Over([]);
        var fixedTotal = ChanceTotals.Over([ContestChance.Of(disjoint, NumberSet.Of(1, 2, 3, 4, 5))]);

        Assert.Equal((0.0, 1.0), (empty.Z, empty.OneSidedPValue));
        Assert.Equal((0.0, 1.0), (fixedTotal.Z, fixedTotal.OneSidedPValue));
        Assert.Equal(5, fixedTotal.ObservedHits);
    }

    [Fact]
    public void Of_HitsThatDoNotFitTheTickets_AreRejected()
    {
        var tickets = new[] { NumberSet.Of(1, 2, 3, 4, 5), NumberSet.Of(6, 7, 8, 9, 10) };

        Assert.Throws<ArgumentException>(() => ContestChance.Of(tickets, [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContestChance.Of(tickets, [1, 6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContestChance.Of(tickets, [-1, 0]));
        Assert.Equal(ContestChance.Of(tickets, NumberSet.Of(1, 2, 6, 30, 40)), ContestChance.Of(tickets, [2, 1]));
    }

    private static List<(NumberSet[] Tickets, NumberSet Draw)> RandomContests(int seed, int count) =>
        TestDraws.RandomContests(seed, count, tickets: 6, numbers: 8);
}
