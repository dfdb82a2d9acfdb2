using BenchmarkDotNet.Attributes;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Benchmarks;

/// <summary>One contest's tickets in the original's benchmark shape: 200 uniform draws, 20 tickets, hybrid.</summary>
[MemoryDiagnoser]
public class TicketGenerationBenchmarks
{
    private readonly NumberSet[] _tickets = new NumberSet[20];
    private NumberSet[] _history = [];
    private ITicketStrategy _hybrid = null!;
    private ITicketStrategy _random = null!;
    private ulong _contest;

    [GlobalSetup]
    public void Setup()
    {
        _history = BenchmarkData.UniformDraws(200, 42);
        _hybrid = StrategyFactory.Create(StrategyCatalog.Hybrid, new Dictionary<string, double>());
        _random = StrategyFactory.Create(StrategyCatalog.Random, new Dictionary<string, double>());
    }

    [Benchmark(Baseline = true)]
    public NumberSet Hybrid20Tickets()
    {
        _hybrid.Generate(_history, 5, DeterministicRandom.ForContest(42, (int)(++_contest & 0xFFFF)), _tickets);
        return _tickets[0];
    }

    [Benchmark]
    public NumberSet Random20Tickets()
    {
        _random.Generate(_history, 5, DeterministicRandom.ForContest(42, (int)(++_contest & 0xFFFF)), _tickets);
        return _tickets[0];
    }
}
