using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Statistics;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Tests.Statistics;

/// <summary>
/// Sweeps in which every recipe is pure chance: random, frequency and recency recipes with varied parameters, run
/// through the real <see cref="BacktestEngine"/> on synthetic histories of uniform draws (one history per sweep,
/// each from its own fixed seed). Built once and shared by the tests that check the verdicts are honest.
/// </summary>
public sealed class UniformSweeps
{
    public const int Sweeps = 16;
    public const int Contests = 400;
    private const int LongestWindow = 60;

    public UniformSweeps()
    {
        Chances = [.. Enumerable.Range(0, Sweeps).Select(RunSweep)];
    }

    /// <summary>Every recipe of a sweep: 10 random, 15 frequency and 15 recency, ticket shapes varied.</summary>
    public static IReadOnlyList<(string Strategy, Dictionary<string, double> Parameters)> Recipes { get; } =
    [
        .. Enumerable.Range(0, 10).Select(i => (StrategyCatalog.Random, Shape(tickets: 3 + i % 6, numbers: 5 + i % 3))),
        .. from power in new[] { 0.5, 1, 2, 3, 5 }
           from window in new[] { 10, 30, LongestWindow }
           select (StrategyCatalog.Frequency, Shape(5, 6, window, ("power", power))),
        .. from lambda in new[] { 0.01, 0.03, 0.1, 0.3, 0.9 }
           from window in new[] { 10, 30, LongestWindow }
           select (StrategyCatalog.Recency, Shape(4, 7, window, ("lambda", lambda))),
    ];

    /// <summary>[sweep][child][contest]: each contest's hits and chance moments, in contest order.</summary>
    public IReadOnlyList<ContestChance[][]> Chances { get; }

    /// <summary>Each child's one-sided p-value over all its contests, per sweep.</summary>
    public double[][] PValues() => [.. Chances.Select(sweep => sweep.Select(child => ChanceTotals.Over(child).OneSidedPValue).ToArray())];

    private static ContestChance[][] RunSweep(int sweep)
    {
        var history = SyntheticHistory.Generate(LongestWindow + Contests, seed: 5_000 + (ulong)sweep);
        var engine = new BacktestEngine(history);
        return
        [
            .. Recipes.Select((recipe, child) =>
            {
                var spec = new BacktestSpec(recipe.Strategy, (ulong)(child + 1), recipe.Parameters, LongestWindow + 1, LongestWindow + Contests);
                return engine.Run(spec).Contests.Select(c => ContestChance.Of(c.Tickets, c.Hits)).ToArray();
            }),
        ];
    }

    private static Dictionary<string, double> Shape(int tickets, int numbers, int window = LongestWindow, params (string Name, double Value)[] extra)
    {
        var parameters = new Dictionary<string, double>
        {
            [StrategyCatalog.Tickets.Name] = tickets,
            [StrategyCatalog.Numbers.Name] = numbers,
            [StrategyCatalog.Window.Name] = window,
        };
        foreach (var (name, value) in extra)
        {
            parameters[name] = value;
        }

        return parameters;
    }
}
