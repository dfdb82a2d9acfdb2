using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies;

/// <summary>
/// Picks the tickets for one contest. Implementations keep scratch buffers between calls, so an instance
/// belongs to one thread at a time; they are deterministic: the same history, size and random stream give
/// the same tickets.
/// </summary>
public interface ITicketStrategy
{
    string Name { get; }

    /// <summary>
    /// Fills <paramref name="tickets"/> with tickets of <paramref name="ticketSize"/> numbers, using
    /// <paramref name="history"/> (the draws before the contest, oldest first, possibly empty) and drawing every
    /// random choice from <paramref name="random"/>.
    /// </summary>
    void Generate(ReadOnlySpan<NumberSet> history, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets);
}
