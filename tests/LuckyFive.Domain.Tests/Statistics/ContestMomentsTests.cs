using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Rules;
using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class ContestMomentsTests
{
    private static readonly NumberSet[] Overlapping =
    [
        NumberSet.Of(1, 2, 3, 4, 5),
        NumberSet.Of(1, 2, 3, 6, 7, 8),
        NumberSet.Of(1, 9, 10, 11, 12),
        NumberSet.Of(2, 3, 6, 9, 13, 14, 15),
    ];

    [Fact]
    public void Of_SingleTicket_MatchesHypergeometricMeanAndVariance()
    {
        for (var k = Quina.MinTicketSize; k <= Quina.MaxTicketSize; k++)
        {
            var ticket = NumberSet.Of([.. Enumerable.Range(1, k)]);

            var (mean, variance) = ContestMoments.Of([ticket]);

            Assert.Equal(k / 16.0, mean, 1e-14);
            Assert.Equal(5.0 * k / 80 * (80 - k) / 80 * 75 / 79, variance, 1e-14);
        }
    }

    [Fact]
    public void Of_OverlappingTickets_MatchesExactEnumerationOverTheUnion()
    {
        // H depends only on D ∩ U (U = union of tickets), so enumerate every S ⊆ U with |S| ≤ 5,
        // weighting it by the C(80−|U|, 5−|S|) draws that meet U exactly in S.
        var union = Overlapping.Aggregate(NumberSet.Empty, (a, t) => a.Union(t)).ToArray();
        double total = 0, sum = 0, sumSquares = 0;
        foreach (var subset in Subsets(union, Quina.NumbersDrawn))
        {
            var weight = (double)Combinatorics.Choose(Quina.MaxNumber - union.Length, Quina.NumbersDrawn - subset.Count);
            var hits = Overlapping.Sum(t => t.CountCommon(subset));
            total += weight;
            sum += weight * hits;
            sumSquares += weight * hits * hits;
        }

        var exactMean = sum / total;
        var exactVariance = sumSquares / total - exactMean * exactMean;
        var moments = ContestMoments.Of(Overlapping);

        Assert.Equal(24_040_016, total);
        Assert.Equal(exactMean, moments.Mean, 1e-12);
        Assert.Equal(exactVariance, moments.Variance, 1e-12);
    }

    [Fact]
    public void Of_OverlappingTickets_AgreesWithMonteCarloOver200000Draws()
    {
        var random = new System.Random(8080);
        const int draws = 200_000;
        double sum = 0, sumSquares = 0;
        for (var i = 0; i < draws; i++)
        {
            var draw = TestDraws.RandomSet(random, Quina.NumbersDrawn);
            var hits = Overlapping.Sum(t => t.CountCommon(draw));
            sum += hits;
            sumSquares += (double)hits * hits;
        }

        var mean = sum / draws;
        var variance = (sumSquares - draws * mean * mean) / (draws - 1);
        var moments = ContestMoments.Of(Overlapping);

        Assert.Equal(moments.Mean, mean, 5 * Math.Sqrt(moments.Variance / draws));
        Assert.Equal(moments.Variance, variance, 0.03 * moments.Variance);
    }

    [Fact]
    public void Of_TicketsPartitioningAllNumbers_HasZeroVariance()
    {
        var tickets = Enumerable.Range(0, 16).Select(i => NumberSet.Of([.. Enumerable.Range(5 * i + 1, 5)])).ToArray();

        var moments = ContestMoments.Of(tickets);

        Assert.Equal(5.0, moments.Mean);
        Assert.Equal(0.0, moments.Variance);
    }

    [Fact]
    public void Of_IdenticalTickets_VarianceGrowsWithTheSquareOfTheCopies()
    {
        var ticket = NumberSet.Of(1, 2, 3, 4, 5);

        var one = ContestMoments.Of([ticket]);
        var three = ContestMoments.Of([ticket, ticket, ticket]);

        Assert.Equal(3 * one.Mean, three.Mean, 1e-14);
        Assert.Equal(9 * one.Variance, three.Variance, 1e-14);
    }

    private static IEnumerable<NumberSet> Subsets(int[] numbers, int maxSize)
    {
        IEnumerable<NumberSet> From(int start, NumberSet current)
        {
            yield return current;
            if (current.Count == maxSize)
            {
                yield break;
            }

            for (var i = start; i < numbers.Length; i++)
            {
                foreach (var subset in From(i + 1, current.With(numbers[i])))
                {
                    yield return subset;
                }
            }
        }

        return From(0, NumberSet.Empty);
    }
}
