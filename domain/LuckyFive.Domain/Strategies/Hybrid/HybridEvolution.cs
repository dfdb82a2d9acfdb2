using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies.Hybrid;

/// <summary>
/// The genetic algorithm over the best candidates: elitism, tournament selection, crossover that keeps what
/// both parents share and fills from the rest of their numbers, and mutation that swaps one number for one
/// not in the ticket, so every child has exactly k distinct numbers.
/// </summary>
internal sealed class HybridEvolution
{
    private ScoredTicket[] _population = [];
    private ScoredTicket[] _next = [];
    private NumberSet[] _result = [];

    /// <summary>Evolves <paramref name="seeds"/> (best first); returns the final generation, or nothing if it cannot evolve.</summary>
    public ReadOnlySpan<NumberSet> Evolve(
        ReadOnlySpan<ScoredTicket> seeds,
        HybridScorer scorer,
        WeightedSampler sampler,
        HybridOptions options,
        DeterministicRandom random)
    {
        var size = seeds.Length;
        if (size < 2 || options.Generations == 0)
        {
            return [];
        }

        if (_population.Length < size)
        {
            _population = new ScoredTicket[size];
            _next = new ScoredTicket[size];
            _result = new NumberSet[size];
        }

        seeds.CopyTo(_population);
        // At least one child per generation, or the "evolution" would only re-sort the seeds.
        var elite = Math.Min(options.Elite, size - 1);
        for (var generation = 0; generation < options.Generations; generation++)
        {
            var population = _population.AsSpan(0, size);
            population.Sort();
            population[..elite].CopyTo(_next);
            for (var i = elite; i < size; i++)
            {
                var child = Crossover(population[Tournament(size, random)].Ticket, population[Tournament(size, random)].Ticket, scorer.TicketSize, random);
                if (random.NextDouble() < options.MutationRate)
                {
                    child = Mutate(child, sampler, random);
                }

                _next[i] = new ScoredTicket(child, scorer.Score(child));
            }

            (_population, _next) = (_next, _population);
        }

        for (var i = 0; i < size; i++)
        {
            _result[i] = _population[i].Ticket;
        }

        return _result.AsSpan(0, size);
    }

    /// <summary>Binary tournament on a population sorted best first: the lower index wins.</summary>
    private static int Tournament(int size, DeterministicRandom random) => Math.Min(random.NextInt(size), random.NextInt(size));

    internal static NumberSet Crossover(NumberSet first, NumberSet second, int ticketSize, DeterministicRandom random)
    {
        var child = first.Intersect(second);
        var rest = first.Union(second).Except(child);
        while (child.Count < ticketSize)
        {
            var pick = rest.NumberAt(random.NextInt(rest.Count));
            child = child.With(pick);
            rest = rest.Without(pick);
        }

        return child;
    }

    internal static NumberSet Mutate(NumberSet ticket, WeightedSampler sampler, DeterministicRandom random)
    {
        var removed = ticket.NumberAt(random.NextInt(ticket.Count));
        var added = sampler.SampleExcluding(random, ticket);
        return ticket.Without(removed).With(added);
    }
}
