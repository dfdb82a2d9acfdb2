using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Tests.Random;

public sealed class DeterministicRandomTests
{
    [Fact]
    public void SplitMix64_FromZero_GivesThePublishedFirstOutput()
    {
        var state = 0UL;

        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void ForContest_SameSeedAndContest_ReplaysTheSameStreamInAnyOrder()
    {
        var later = DeterministicRandom.ForContest(42, 6_000);
        var laterValues = Enumerable.Range(0, 100).Select(_ => later.NextUInt64()).ToArray();
        var earlier = DeterministicRandom.ForContest(42, 5_999);
        _ = earlier.NextUInt64();
        var again = DeterministicRandom.ForContest(42, 6_000);

        Assert.Equal(laterValues, Enumerable.Range(0, 100).Select(_ => again.NextUInt64()));
    }

    [Fact]
    public void ForContest_NeighbouringContestsAndSeeds_GiveDifferentStreams()
    {
        var streams = new[] { (1UL, 100), (1UL, 101), (2UL, 100) }
            .Select(k => DeterministicRandom.ForContest(k.Item1, k.Item2).NextUInt64())
            .ToArray();

        Assert.Equal(streams.Length, streams.Distinct().Count());
    }

    [Fact]
    public void NextInt_ManyDraws_StaysInRangeAndIsRoughlyUniform()
    {
        var random = new DeterministicRandom(9);
        var counts = new int[80];
        const int draws = 400_000;
        for (var i = 0; i < draws; i++)
        {
            counts[random.NextInt(80)]++;
        }

        // Chi-square with 79 degrees of freedom: the 99.99th percentile is about 131.
        var expected = draws / 80.0;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chiSquare < 131, $"chi-square {chiSquare}");
    }

    [Fact]
    public void NextDouble_ManyDraws_StaysInTheUnitInterval()
    {
        var random = new DeterministicRandom(10);
        var values = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();

        Assert.All(values, v => Assert.InRange(v, 0.0, Math.BitDecrement(1.0)));
        Assert.InRange(values.Average(), 0.49, 0.51);
    }

    [Fact]
    public void NextInt_NonPositiveBound_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeterministicRandom(1).NextInt(0));
}
