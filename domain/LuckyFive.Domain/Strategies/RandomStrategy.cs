using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies;

/// <summary>Uniformly random tickets: the control every report is compared against.</summary>
internal sealed class RandomStrategy : ITicketStrategy
{
    private readonly WeightedSampler _sampler = new();

    public RandomStrategy() => _sampler.Load(new double[Quina.MaxNumber + 1]);

    public string Name => StrategyCatalog.Random;

    public void Generate(ReadOnlySpan<NumberSet> history, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets) =>
        WeightedTickets.Fill(_sampler, ticketSize, random, tickets);
}
