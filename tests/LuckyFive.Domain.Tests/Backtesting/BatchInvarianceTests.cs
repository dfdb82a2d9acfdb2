using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Tests.TestData;

namespace LuckyFive.Domain.Tests.Backtesting;

public sealed class BatchInvarianceTests
{
    // Fewer hybrid candidates keep the full-history runs quick; batching is what is under test.
    private static readonly Dictionary<string, double> Parameters = new()
    {
        ["sim_preds"] = 5,
        ["sim_prev_max"] = 200,
        ["candidates"] = 20,
        ["generations"] = 10,
    };

    [Fact]
    public void Run_WholeHistoryInBatchesOfSeveralSizes_IsByteIdenticalToOneBatch()
    {
        var engine = new BacktestEngine(OfficialHistory.Value);
        var spec = new BacktestSpec("hybrid", 2024, Parameters, 1, 6_882);

        var single = BacktestJson.ToUtf8Bytes(engine.Run(spec, batchSize: 6_882, maxParallelism: 1));

        foreach (var (batchSize, parallelism) in new[] { (1, 2), (7, 2), (500, 2), (1_000, 1) })
        {
            var batched = BacktestJson.ToUtf8Bytes(engine.Run(spec, batchSize, parallelism));
            Assert.True(single.AsSpan().SequenceEqual(batched), $"batch size {batchSize} differs");
        }
    }

    [Fact]
    public void RunRange_ContiguousSubRanges_EqualTheSameContestsInsideAFullRun()
    {
        var engine = new BacktestEngine(OfficialHistory.Value);
        var spec = new BacktestSpec("hybrid", 99, Parameters, 4_000, 4_300);
        var full = engine.Run(spec);

        var pieces = new[] { (4_000, 4_099), (4_100, 4_100), (4_101, 4_300) }
            .SelectMany(r => engine.RunRange(spec, r.Item1, r.Item2))
            .ToArray();
        var stitched = new BacktestResult(spec, pieces);

        Assert.Equal(BacktestJson.ToUtf8Bytes(full), BacktestJson.ToUtf8Bytes(stitched));
    }

    [Fact]
    public void Run_DifferentSeed_GivesDifferentTickets()
    {
        var engine = new BacktestEngine(OfficialHistory.Value);

        var parameters = new Dictionary<string, double> { ["sim_preds"] = 5 };

        var first = engine.Run(new BacktestSpec("random", 1, parameters, 6_800, 6_810));
        var second = engine.Run(new BacktestSpec("random", 2, parameters, 6_800, 6_810));

        Assert.NotEqual(first.Contests[0].Tickets, second.Contests[0].Tickets);
    }
}
