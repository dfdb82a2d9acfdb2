using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Tests.Statistics;

/// <summary>Seeded random sets for the Monte-Carlo tests (System.Random with an explicit seed is reproducible).</summary>
internal static class TestDraws
{
    public static NumberSet RandomSet(System.Random random, int size)
    {
        var set = NumberSet.Empty;
        while (set.Count < size)
        {
            set = set.With(random.Next(1, Quina.MaxNumber + 1));
        }

        return set;
    }

    /// <summary>Contests of <paramref name="tickets"/> random <paramref name="numbers"/>-number tickets, each ticket list drawn before its draw.</summary>
    public static List<(NumberSet[] Tickets, NumberSet Draw)> RandomContests(int seed, int count, int tickets, int numbers)
    {
        var random = new System.Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => (Enumerable.Range(0, tickets).Select(_ => RandomSet(random, numbers)).ToArray(), RandomSet(random, Quina.NumbersDrawn)))
            .ToList();
    }
}
