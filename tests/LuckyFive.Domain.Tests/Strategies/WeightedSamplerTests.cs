using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Random;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Tests.Strategies;

public sealed class WeightedSamplerTests
{
    [Fact]
    public void Sample_SkewedWeights_FollowsThemAndNeverPicksZeroWeights()
    {
        var weights = new double[81];
        for (var n = 1; n <= 80; n++)
        {
            weights[n] = n % 7 == 0 ? 0 : n;
        }

        var sampler = new WeightedSampler();
        sampler.Load(weights);
        var random = new DeterministicRandom(21);
        var counts = new int[81];
        const int draws = 1_000_000;
        for (var i = 0; i < draws; i++)
        {
            counts[sampler.Sample(random)]++;
        }

        var total = weights.Sum();
        var chiSquare = 0.0;
        for (var n = 1; n <= 80; n++)
        {
            if (weights[n] == 0)
            {
                Assert.Equal(0, counts[n]);
                continue;
            }

            var expected = draws * weights[n] / total;
            chiSquare += (counts[n] - expected) * (counts[n] - expected) / expected;
        }

        // 68 non-zero cells: 67 degrees of freedom, whose 99.99th percentile is about 117.
        Assert.True(chiSquare < 117, $"chi-square {chiSquare}");
    }

    [Fact]
    public void Sample_AllZeroWeights_IsUniform()
    {
        var sampler = new WeightedSampler();
        sampler.Load(new double[81]);
        var random = new DeterministicRandom(4);
        var seen = new HashSet<int>();
        for (var i = 0; i < 20_000; i++)
        {
            seen.Add(sampler.Sample(random));
        }

        Assert.Equal(80, seen.Count);
    }

    [Fact]
    public void SampleExcluding_AlmostAllWeightExcluded_StillReturnsAnAllowedNumber()
    {
        var weights = new double[81];
        weights[1] = 1e12;
        weights[2] = 1e12;
        weights[3] = 1;
        var sampler = new WeightedSampler();
        sampler.Load(weights);
        var random = new DeterministicRandom(2);

        Assert.Equal(3, sampler.SampleExcluding(random, NumberSet.Of(1, 2)));
        // Only zero-weight numbers left: still terminates with an allowed one.
        Assert.Equal(4, sampler.SampleExcluding(random, NumberSet.Of(1, 2, 3)));
    }
}
