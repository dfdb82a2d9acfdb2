using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class MultipleTestingTests
{
    [Theory]
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → 0.06 (never below the step before).
    [InlineData(new[] { 0.01, 0.04, 0.03, 0.005 }, new[] { 0.03, 0.06, 0.06, 0.02 })]
    // Sorted: 0.3·3 = 0.9, 0.5·2 = 1.0, 0.9·1 = 0.9 → 1.0: products above 1 are capped.
    [InlineData(new[] { 0.5, 0.3, 0.9 }, new[] { 1.0, 0.9, 1.0 })]
    // Ties: 0.01·4 = 0.04, then the three 0.02s at ·3, ·2, ·1 all lift to 0.06 whatever their position.
    [InlineData(new[] { 0.02, 0.01, 0.02, 0.02 }, new[] { 0.06, 0.04, 0.06, 0.06 })]
    public void Holm_SmallFamilies_MatchTheStepDownByHand(double[] pValues, double[] expected)
    {
        var adjusted = MultipleTesting.Holm(pValues);

        Assert.Equal(expected, adjusted, new Tolerance(1e-15));
    }

    [Fact]
    public void Holm_RandomPValues_AreMonotoneBoundedAndFollowTheirInputs()
    {
        var random = new System.Random(31);
        var pValues = Enumerable.Range(0, 50).Select(_ => random.NextDouble() * 0.2).ToArray();
        var shuffled = pValues.Reverse().ToArray();

        var adjusted = MultipleTesting.Holm(pValues);
        var adjustedShuffled = MultipleTesting.Holm(shuffled);

        Assert.Equal(adjusted.Reverse(), adjustedShuffled);
        var bySize = pValues.Select((p, i) => (p, a: adjusted[i])).OrderBy(x => x.p).ToArray();
        for (var i = 0; i < bySize.Length; i++)
        {
            Assert.InRange(bySize[i].a, Math.Min(1, bySize[i].p * (bySize.Length - i)), 1);
            Assert.True(i == 0 || bySize[i].a >= bySize[i - 1].a);
            Assert.True(bySize[i].a <= Math.Min(1, bySize[i].p * bySize.Length), "Holm never exceeds Bonferroni");
        }
    }

    [Fact]
    public void Holm_EmptyOrSingle_ReturnsTheInput()
    {
        Assert.Empty(MultipleTesting.Holm([]));
        Assert.Equal([0.2], MultipleTesting.Holm([0.2]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.PositiveInfinity)]
    public void Holm_NotAProbability_IsRejected(double bad)
    {
        var error = Assert.Throws<ArgumentException>(() => MultipleTesting.Holm([0.1, bad]));

        Assert.Contains("element 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => MultipleTesting.Holm(null!));
    }

    /// <summary>Element-wise comparison of doubles within an absolute tolerance.</summary>
    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
