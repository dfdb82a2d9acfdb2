using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies.Hybrid;

/// <summary>Random single-number replacements, kept only when they strictly raise the score.</summary>
internal sealed class HillClimber(HybridScorer scorer, WeightedSampler sampler)
{
    /// <summary>Climbs <paramref name="numbers"/> in place; returns the ticket with its canonical score.</summary>
    public ScoredTicket Climb(Span<int> numbers, int steps, DeterministicRandom random)
    {
        var ticket = NumberSet.Of(numbers);
        Span<int> groups = stackalloc int[HybridScorer.Groups];
        HybridScorer.CountGroups(numbers, groups);
        for (var step = 0; step < steps; step++)
        {
            var position = random.NextInt(numbers.Length);
            var replacement = sampler.Sample(random);
            if (ticket.Contains(replacement))
            {
                continue;
            }

            if (scorer.SwapDelta(numbers, groups, position, replacement) > 0)
            {
                groups[HybridScorer.GroupOf(numbers[position])]--;
                groups[HybridScorer.GroupOf(replacement)]++;
                ticket = ticket.Without(numbers[position]).With(replacement);
                numbers[position] = replacement;
            }
        }

        // Scores are recomputed canonically so equal tickets always compare equal, whatever path made them.
        return new ScoredTicket(ticket, scorer.Score(ticket));
    }
}
