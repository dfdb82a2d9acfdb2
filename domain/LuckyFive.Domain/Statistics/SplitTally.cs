namespace LuckyFive.Domain.Statistics;

/// <summary>
/// What the cross-validation keeps from each split: where the in-sample winner ranks out of sample, and how its
/// per-contest performance changes between the halves. Sums only, so the report is O(1) memory in the split count.
/// </summary>
internal sealed class SplitTally(int children)
{
    // Logit bins (−∞, −3], (−3, −2], …, (2, 3], (3, ∞): the four below 0 hold exactly the overfit splits.
    private const int HighestInnerEdge = 3;
    private readonly int[] _histogram = new int[2 * HighestInnerEdge + 2];
    private int _splits;
    private int _overfit;
    private int _losses;
    private double _logitSum;
    private double _inSampleSum;
    private double _outOfSampleSum;

    public void Add(ReadOnlySpan<double> inSample, int inSampleContests, ReadOnlySpan<double> outOfSample, int outOfSampleContests)
    {
        var chosen = 0;
        for (var n = 1; n < inSample.Length; n++)
        {
            if (inSample[n] > inSample[chosen])
            {
                chosen = n;
            }
        }

        var performance = outOfSample[chosen];
        var below = 0;
        var equal = 0;
        foreach (var other in outOfSample)
        {
            below += other < performance ? 1 : 0;
            equal += other == performance ? 1 : 0;
        }

        // Ranks 1..N ascending; children tied with the chosen one (itself included) share the average of their ranks.
        var rank = below + (equal + 1) / 2.0;
        var omega = rank / (children + 1);
        var logit = Math.Log(omega / (1 - omega));

        _splits++;
        _overfit += 2 * rank <= children + 1 ? 1 : 0;
        _logitSum += logit;
        _histogram[Math.Clamp((int)Math.Ceiling(logit) + HighestInnerEdge, 0, _histogram.Length - 1)]++;
        var outOfSampleMean = performance / outOfSampleContests;
        _inSampleSum += inSample[chosen] / inSampleContests;
        _outOfSampleSum += outOfSampleMean;
        _losses += outOfSampleMean < 0 ? 1 : 0;
    }

    public OverfittingReport Report(int blocks, int contests) => new()
    {
        Probability = (double)_overfit / _splits,
        Splits = _splits,
        Blocks = blocks,
        Children = children,
        Contests = contests,
        MeanLogit = _logitSum / _splits,
        LogitHistogram = [.. _histogram.Select((count, i) => new LogitBin(LowerEdge(i), LowerEdge(i + 1), count))],
        MeanInSamplePerformance = _inSampleSum / _splits,
        MeanOutOfSamplePerformance = _outOfSampleSum / _splits,
        OutOfSampleLossProbability = (double)_losses / _splits,
    };

    private double? LowerEdge(int bin) => bin == 0 || bin == _histogram.Length ? null : bin - 1 - HighestInnerEdge;
}
