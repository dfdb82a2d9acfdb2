using BenchmarkDotNet.Attributes;
using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Benchmarks;

/// <summary>Backtest cost per contest on the official history: window 500, 20 tickets, hybrid, one thread.</summary>
[MemoryDiagnoser]
public class BacktestBenchmarks
{
    private const int Contests = 100;
    private BacktestEngine _engine = null!;
    private BacktestSpec _spec = null!;
    private ITicketStrategy _strategy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new BacktestEngine(BenchmarkData.OfficialHistory());
        _spec = new BacktestSpec(StrategyCatalog.Hybrid, 42, new Dictionary<string, double> { ["sim_prev_max"] = 500, ["sim_preds"] = 20 }, 6_783, 6_882);
        _strategy = _spec.CreateStrategy();
    }

    [Benchmark(OperationsPerInvoke = Contests)]
    public int HybridPerContest() => _engine.RunRange(_spec, _spec.FromContest, _spec.ToContest, _strategy).Count;
}
