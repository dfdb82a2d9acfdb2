using LuckyFive.Domain.Statistics;

namespace LuckyFive.Domain.Tests.Statistics;

public sealed class SeedReplicationTests
{
    [Fact]
    public void Summarize_OneToFive_GivesTheStudentIntervalByHand()
    {
        // Mean 3; s² = (4 + 1 + 0 + 1 + 4)/4 = 2.5; t(0.975; 4) = 2.7764451051977987; half-width t·√2.5/√5 = t/√2.
        var summary = SeedReplication.Summarize([1, 2, 3, 4, 5]);

        var halfWidth = 2.7764451051977987 / Math.Sqrt(2);
        Assert.True(summary.Rankable);
        Assert.Equal(5, summary.Replicates);
        Assert.Equal(3.0, summary.Mean);
        Assert.Equal(Math.Sqrt(2.5), summary.StandardDeviation!.Value, 1e-15);
        Assert.Equal(3 - halfWidth, summary.Lower95!.Value, 1e-9);
        Assert.Equal(3 + halfWidth, summary.Upper95!.Value, 1e-9);
    }

    [Fact]
    public void Summarize_SixReturns_GivesTheStudentIntervalByHand()
    {
        // Mean 0.5/6; Σ(x − m)² = 0.26833…, s = √(0.26833…/5) = 0.2316606713852540; t(0.975; 5) = 2.5705818366147395.
        var summary = SeedReplication.Summarize([0.1, -0.2, 0.4, 0.0, 0.3, -0.1]);

        Assert.Equal(0.5 / 6, summary.Mean, 1e-15);
        Assert.Equal(0.2316606713852540, summary.StandardDeviation!.Value, 1e-14);
        Assert.Equal(-0.1597796316731187, summary.Lower95!.Value, 1e-9);
        Assert.Equal(0.3264462983397854, summary.Upper95!.Value, 1e-9);
    }

    [Fact]
    public void Summarize_FewerThanTheMinimum_IsNotRankableAndHasNoInterval()
    {
        var four = SeedReplication.Summarize([1, 2, 3, 4]);
        var one = SeedReplication.Summarize([7]);

        Assert.False(four.Rankable);
        Assert.Equal(SeedReplication.DefaultMinimumReplicates, four.MinimumReplicates);
        Assert.Equal(2.5, four.Mean);
        Assert.Equal(Math.Sqrt(5 / 3.0), four.StandardDeviation!.Value, 1e-15);
        Assert.Null(four.Lower95);
        Assert.Null(four.Upper95);
        Assert.False(one.Rankable);
        Assert.Equal(7.0, one.Mean);
        Assert.Null(one.StandardDeviation);
    }

    [Fact]
    public void Summarize_LowerMinimum_RanksThreeReplicatesWithTheWiderQuantile()
    {
        // t(0.975; 2) = 4.302652729911275; s = 1, so the half-width is t/√3.
        var summary = SeedReplication.Summarize([1, 2, 3], minimumReplicates: 3);

        Assert.True(summary.Rankable);
        Assert.Equal(2 + 4.302652729911275 / Math.Sqrt(3), summary.Upper95!.Value, 1e-9);
    }

    [Fact]
    public void Summarize_IdenticalReplicates_GiveAZeroWidthInterval()
    {
        var summary = SeedReplication.Summarize([0.25, 0.25, 0.25, 0.25, 0.25]);

        Assert.Equal(0.0, summary.StandardDeviation);
        Assert.Equal(0.25, summary.Lower95);
        Assert.Equal(0.25, summary.Upper95);
    }

    [Fact]
    public void Summarize_BadInput_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => SeedReplication.Summarize([]));
        Assert.Throws<ArgumentException>(() => SeedReplication.Summarize([1, double.NaN, 2, 3, 4]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedReplication.Summarize([1, 2], minimumReplicates: 1));
        Assert.Throws<ArgumentNullException>(() => SeedReplication.Summarize(null!));
    }
}
