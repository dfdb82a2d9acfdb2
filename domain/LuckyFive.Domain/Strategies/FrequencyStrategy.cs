using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Strategies;

/// <summary>Favours the numbers drawn most often in the window: weight (count + 1)^power.</summary>
internal sealed class FrequencyStrategy(double power) : ITicketStrategy
{
    private readonly double[] _weights = new double[Quina.MaxNumber + 1];
    private readonly WeightedSampler _sampler = new();

    public string Name => StrategyCatalog.Frequency;

    public void Generate(ReadOnlySpan<NumberSet> history, int ticketSize, DeterministicRandom random, Span<NumberSet> tickets)
    {
        HistoryStatistics.Counts(history, _weights);
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            _weights[n] = Math.Pow(_weights[n] + 1, power);
        }

        _sampler.Load(_weights);
        WeightedTickets.Fill(_sampler, ticketSize, random, tickets);
    }
}
