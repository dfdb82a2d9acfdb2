using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies;

/// <summary>
/// Fills tickets with numbers drawn without replacement in proportion to per-number weights, keeping the
/// tickets of a contest distinct where it can (a bounded number of redraws, so extreme weights cannot loop).
/// </summary>
internal static class WeightedTickets
{
    private const int RedrawsPerTicket = 32;

    public static void Fill(WeightedSampler sampler, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets) =>
        FillFrom(0, sampler, ticketSize, random, tickets);

    /// <summary>Fills tickets[start..], keeping them distinct from every earlier ticket as well.</summary>
    public static void FillFrom(int start, WeightedSampler sampler, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets)
    {
        for (var i = start; i < tickets.Length; i++)
        {
            var ticket = Draw(sampler, ticketSize, random);
            for (var redraw = 0; redraw < RedrawsPerTicket && tickets[..i].Contains(ticket); redraw++)
            {
                ticket = Draw(sampler, ticketSize, random);
            }

            tickets[i] = ticket;
        }
    }

    private static NumberSet Draw(WeightedSampler sampler, int ticketSize, DeterministicRandom random)
    {
        var ticket = NumberSet.Empty;
        while (ticket.Count < ticketSize)
        {
            ticket = ticket.With(sampler.SampleExcluding(random, ticket));
        }

        return ticket;
    }
}
