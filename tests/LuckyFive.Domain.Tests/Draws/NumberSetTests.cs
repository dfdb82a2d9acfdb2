using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Tests.Draws;

public sealed class NumberSetTests
{
    [Fact]
    public void Of_NumbersAcrossBothWords_KeepsEachInAscendingOrder()
    {
        var set = NumberSet.Of(80, 1, 64, 65, 33);

        Assert.Equal([1, 33, 64, 65, 80], set.ToArray());
        Assert.Equal(5, set.Count);
        Assert.True(set.Contains(64));
        Assert.True(set.Contains(65));
        Assert.False(set.Contains(2));
        Assert.Equal("[1,33,64,65,80]", set.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(81)]
    public void With_NumberOutsideOneToEighty_Throws(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberSet.Empty.With(number));

    [Fact]
    public void CountCommon_RandomSets_MatchesBruteForceIntersection()
    {
        var random = new System.Random(7);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var a = RandomNumbers(random, random.Next(1, 16));
            var b = RandomNumbers(random, 5);
            var expected = a.Intersect(b).Count();

            Assert.Equal(expected, NumberSet.Of([.. a]).CountCommon(NumberSet.Of([.. b])));
        }
    }

    [Fact]
    public void NumberAt_EveryIndex_ReturnsTheNumbersInOrder()
    {
        var set = NumberSet.Of(3, 17, 63, 64, 70, 80);

        Assert.Equal(set.ToArray(), Enumerable.Range(0, set.Count).Select(set.NumberAt));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.NumberAt(6));
    }

    [Fact]
    public void SetOperations_UnionIntersectExceptWithout_BehaveLikeSets()
    {
        var a = NumberSet.Of(1, 2, 70);
        var b = NumberSet.Of(2, 3, 70, 80);

        Assert.Equal([1, 2, 3, 70, 80], a.Union(b).ToArray());
        Assert.Equal([2, 70], a.Intersect(b).ToArray());
        Assert.Equal([1], a.Except(b).ToArray());
        Assert.Equal([2, 3, 80], b.Without(70).ToArray());
    }

    private static int[] RandomNumbers(System.Random random, int count) =>
        [.. Enumerable.Range(1, 80).OrderBy(_ => random.Next()).Take(count)];
}
