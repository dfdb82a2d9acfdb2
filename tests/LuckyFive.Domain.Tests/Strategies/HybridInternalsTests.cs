using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;
using LuckyFive.Domain.Strategies;
using LuckyFive.Domain.Strategies.Hybrid;
using LuckyFive.Domain.Tests.TestData;

namespace LuckyFive.Domain.Tests.Strategies;

public sealed class HybridInternalsTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(15)]
    public void Climb_FromRandomTickets_NeverEndsBelowTheStartingScore(int k)
    {
        var (scorer, sampler) = Prepared(k);
        var climber = new HillClimber(scorer, sampler);
        var random = new DeterministicRandom(17);
        var improved = 0;
        for (var trial = 0; trial < 500; trial++)
        {
            var numbers = RandomTicket(random, k);
            var start = scorer.Score(NumberSet.Of(numbers));

            var result = climber.Climb(numbers, 40, random);

            Assert.True(result.Score >= start, $"trial {trial}: {result.Score} < {start}");
            Assert.Equal(NumberSet.Of(numbers), result.Ticket);
            improved += result.Score > start ? 1 : 0;
        }

        Assert.True(improved > 250, $"only {improved} of 500 climbs improved");
    }

    [Fact]
    public void SwapDelta_AnySwap_EqualsTheDifferenceOfFullScores()
    {
        var (scorer, _) = Prepared(7);
        var random = new DeterministicRandom(3);
        for (var trial = 0; trial < 1_000; trial++)
        {
            var numbers = RandomTicket(random, 7);
            var position = random.NextInt(7);
            var replacement = random.NextInt(80) + 1;
            if (numbers.Contains(replacement))
            {
                continue;
            }

            var before = scorer.Score(numbers);
            var delta = scorer.SwapDelta(numbers, position, replacement);
            numbers[position] = replacement;

            Assert.Equal(scorer.Score(numbers) - before, delta, 1e-12);
        }
    }

    [Fact]
    public void Crossover_TwoParents_KeepsWhatTheyShareAndUsesOnlyTheirNumbers()
    {
        var random = new DeterministicRandom(5);
        for (var trial = 0; trial < 1_000; trial++)
        {
            var first = NumberSet.Of(RandomTicket(random, 8));
            var second = NumberSet.Of(RandomTicket(random, 8));

            var child = HybridEvolution.Crossover(first, second, 8, random);

            Assert.Equal(8, child.Count);
            Assert.Equal(first.Intersect(second), child.Intersect(first.Intersect(second)));
            Assert.Equal(child, child.Intersect(first.Union(second)));
        }
    }

    [Fact]
    public void Crossover_DisjointParents_MixesNumbersFromBoth()
    {
        var random = new DeterministicRandom(6);
        var first = NumberSet.Of(1, 2, 3, 4, 5);
        var second = NumberSet.Of(11, 12, 13, 14, 15);
        var mixed = 0;
        for (var trial = 0; trial < 100; trial++)
        {
            var child = HybridEvolution.Crossover(first, second, 5, random);
            mixed += child.CountCommon(first) is > 0 and < 5 ? 1 : 0;
        }

        Assert.True(mixed > 80, $"only {mixed} of 100 children mixed their parents");
    }

    [Fact]
    public void Mutate_AnyTicket_ChangesExactlyOneNumberAndKeepsKDistinct()
    {
        var (_, sampler) = Prepared(5);
        var random = new DeterministicRandom(8);
        for (var trial = 0; trial < 1_000; trial++)
        {
            var ticket = NumberSet.Of(RandomTicket(random, 5));

            var mutant = HybridEvolution.Mutate(ticket, sampler, random);

            Assert.Equal(5, mutant.Count);
            Assert.Equal(4, mutant.CountCommon(ticket));
        }
    }

    private static (HybridScorer Scorer, WeightedSampler Sampler) Prepared(int k)
    {
        var scorer = new HybridScorer();
        scorer.Prepare(OfficialHistory.Value.NumbersBefore(6_800, 500), k, HybridOptions.Default);
        var sampler = new WeightedSampler();
        sampler.Load(scorer.SamplingWeights);
        return (scorer, sampler);
    }

    private static int[] RandomTicket(DeterministicRandom random, int k)
    {
        var set = NumberSet.Empty;
        while (set.Count < k)
        {
            set = set.With(random.NextInt(80) + 1);
        }

        var numbers = set.ToArray();
        // Shuffle so scores are also exercised on unsorted tickets.
        for (var i = numbers.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (numbers[i], numbers[j]) = (numbers[j], numbers[i]);
        }

        return numbers;
    }
}
