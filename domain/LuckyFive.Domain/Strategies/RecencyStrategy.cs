using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies;

/// <summary>Favours recently drawn numbers: weight Σ exp(−λ·d) over the draws d contests ago containing the number.</summary>
internal sealed class RecencyStrategy(double lambda) : ITicketStrategy
{
    // Keeps never-seen numbers reachable: a small share of the largest weight.
    private const double Floor = 0.01;

    private readonly double[] _weights = new double[Quina.MaxNumber + 1];
    private readonly WeightedSampler _sampler = new();

    public string Name => StrategyCatalog.Recency;

    public void Generate(ReadOnlySpan<NumberSet> history, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets)
    {
        HistoryStatistics.RecencyWeights(history, lambda, _weights);
        HistoryStatistics.NormalizeToMax(_weights);
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            _weights[n] += Floor;
        }

        _sampler.Load(_weights);
        WeightedTickets.Fill(_sampler, ticketSize, random, tickets);
    }
}
