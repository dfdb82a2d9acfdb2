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
}
