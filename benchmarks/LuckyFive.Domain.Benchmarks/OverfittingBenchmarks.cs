using BenchmarkDotNet.Attributes;
using LuckyFive.Domain.Random;
using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Benchmarks;

/// <summary>
/// The probability of backtest overfitting for a sweep of 100 children over 2,882 contests with S = 16 blocks
/// (12,870 splits); the target is at most 2 s. Every figure is random, which costs the same as real excess hits.
/// </summary>
[MemoryDiagnoser]
public class OverfittingBenchmarks
{
    private const int Children = 100;
    private const int Contests = 2_882;
    private double[][] _performance = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new DeterministicRandom(16);
        _performance = new double[Children][];
        for (var n = 0; n < Children; n++)
        {
            _performance[n] = new double[Contests];
            for (var t = 0; t < Contests; t++)
            {
                _performance[n][t] = random.NextDouble() - 0.5;
            }
        }
    }

    [Benchmark]
    public double Pbo100ChildrenBy2882Contests() => BacktestOverfitting.Estimate(_performance, BacktestOverfitting.DefaultBlocks).Probability;
}
