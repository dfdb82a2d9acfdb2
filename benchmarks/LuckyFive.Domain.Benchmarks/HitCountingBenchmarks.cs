using BenchmarkDotNet.Attributes;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Benchmarks;

/// <summary>Ticket-versus-draw comparisons: every ticket against every draw of the history, per comparison.</summary>
public class HitCountingBenchmarks
{
    private const int Tickets = 1_000;
    private const int Draws = 1_000;
    private NumberSet[] _tickets = [];
    private NumberSet[] _draws = [];

    [GlobalSetup]
    public void Setup()
    {
        _tickets = BenchmarkData.UniformDraws(Tickets, 1);
        _draws = BenchmarkData.UniformDraws(Draws, 2);
    }

    [Benchmark(OperationsPerInvoke = Tickets * Draws)]
    public long CountCommon()
    {
        var total = 0L;
        foreach (var draw in _draws)
        {
            foreach (var ticket in _tickets)
            {
                total += ticket.CountCommon(draw);
            }
        }

        return total;
    }
}
