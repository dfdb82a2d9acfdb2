using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Strategies.Hybrid;

/// <summary>
/// The hybrid ticket score for one contest (docs/strategies.md, "Hybrid"):
/// S(t) = α·mean pair co-occurrence + β·mean boosted recency + γ·mean frequency − δ·cluster excess, every term
/// in 0..1. <see cref="Prepare"/> folds the weights into two tables, so a full score is a sum over pairs and
/// numbers, and replacing one number is an O(k) delta.
/// </summary>
internal sealed class HybridScorer
{
    public const int Stride = Quina.MaxNumber + 1;
    public const int Groups = 8;
    private const int GroupSize = 10;

    // Keeps every number reachable by sampling, however cold the history says it is.
    private const double SamplingFloor = 0.05;

    private readonly double[] _pair = new double[Stride * Stride];
    private readonly double[] _unary = new double[Stride];
    private readonly double[] _sampling = new double[Stride];
    private readonly double[] _frequency = new double[Stride];
    private readonly double[] _recency = new double[Stride];
    private readonly int[] _cooccurrence = new int[Stride * Stride];

    public int TicketSize { get; private set; }

    /// <summary>How many numbers of one decade a ticket may hold before the cluster penalty applies: ceil(k/8).</summary>
    public int AllowedPerGroup { get; private set; }

    /// <summary>The score lost per number over the allowance: δ / (worst possible excess).</summary>
    public double ClusterUnit { get; private set; }

    /// <summary>Sampling weight per number: boosted recency plus a floor.</summary>
    public ReadOnlySpan<double> SamplingWeights => _sampling;

    // Decade of each number (1-10 -> 0, ..., 71-80 -> 7), looked up rather than divided on the hot paths.
    private static ReadOnlySpan<byte> Decades =>
    [
        0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    ];

    public static int GroupOf(int number) => Decades[number];

    public double Pair(int a, int b) => _pair[a * Stride + b];

    public ReadOnlySpan<double> PairRow(int a) => _pair.AsSpan(a * Stride, Stride);

    public double Unary(int number) => _unary[number];

    public void Prepare(ReadOnlySpan<NumberSet> history, int ticketSize, HybridOptions options)
    {
        TicketSize = ticketSize;
        AllowedPerGroup = (ticketSize + Groups - 1) / Groups;
        var worstExcess = WorstExcess(ticketSize, AllowedPerGroup);
        ClusterUnit = worstExcess > 0 ? options.Delta / worstExcess : 0;

        HistoryStatistics.Counts(history, _frequency);
        HistoryStatistics.NormalizeToMax(_frequency);

        HistoryStatistics.RecencyWeights(history, options.Lambda, _recency);
        var recent = RecentNumbers(history, options.HotWindow);
        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            // Cold numbers (absent from the hot window) get the boost: the "due number" heuristic.
            _recency[n] *= recent.Contains(n) ? 1 : options.HotColdBoost;
        }

        HistoryStatistics.NormalizeToMax(_recency);

        for (var n = 1; n <= Quina.MaxNumber; n++)
        {
            _unary[n] = (options.Beta * _recency[n] + options.Gamma * _frequency[n]) / ticketSize;
            _sampling[n] = _recency[n] + SamplingFloor;
        }

        var window = history[Math.Max(0, history.Length - options.CooccurrenceWindow)..];
        var maxCount = CountPairs(window);
        var pairs = ticketSize * (ticketSize - 1) / 2;
        var pairScale = maxCount > 0 ? options.Alpha / (pairs * (double)maxCount) : 0;
        for (var i = 0; i < _pair.Length; i++)
        {
            _pair[i] = _cooccurrence[i] * pairScale;
        }
    }

    /// <summary>The full score, summed in the order of <paramref name="numbers"/>.</summary>
    public double Score(ReadOnlySpan<int> numbers)
    {
        var score = 0.0;
        Span<int> groups = stackalloc int[Groups];
        for (var i = 0; i < numbers.Length; i++)
        {
            var row = numbers[i] * Stride;
            for (var j = i + 1; j < numbers.Length; j++)
            {
                score += _pair[row + numbers[j]];
            }

            score += _unary[numbers[i]];
            groups[GroupOf(numbers[i])]++;
        }

        var excess = 0;
        foreach (var count in groups)
        {
            excess += Math.Max(0, count - AllowedPerGroup);
        }

        return score - ClusterUnit * excess;
    }

    /// <summary>The canonical score of a set: numbers in ascending order.</summary>
    public double Score(NumberSet ticket)
    {
        Span<int> numbers = stackalloc int[Quina.MaxTicketSize];
        var count = ticket.CopyTo(numbers);
        return Score(numbers[..count]);
    }

    /// <summary>The change in score if <paramref name="numbers"/>[position] were replaced by <paramref name="replacement"/>.</summary>
    public double SwapDelta(ReadOnlySpan<int> numbers, int position, int replacement)
    {
        Span<int> groups = stackalloc int[Groups];
        CountGroups(numbers, groups);
        return SwapDelta(numbers, groups, position, replacement);
    }

    /// <summary>As above, with the ticket's per-decade counts already known (the hill-climb keeps them).</summary>
    public double SwapDelta(ReadOnlySpan<int> numbers, ReadOnlySpan<int> groups, int position, int replacement)
    {
        var old = numbers[position];
        var pairs = _pair.AsSpan();
        var newRow = pairs.Slice(replacement * Stride, Stride);
        var oldRow = pairs.Slice(old * Stride, Stride);
        var delta = _unary[replacement] - _unary[old];
        for (var j = 0; j < numbers.Length; j++)
        {
            var other = numbers[j];
            delta += newRow[other] - oldRow[other];
        }

        // The loop added pair(replacement, old) - pair(old, old); the second is 0, the first must go.
        delta -= newRow[old];
        var newGroup = GroupOf(replacement);
        var oldGroup = GroupOf(old);
        if (newGroup != oldGroup)
        {
            var excessChange = (groups[newGroup] >= AllowedPerGroup ? 1 : 0) - (groups[oldGroup] > AllowedPerGroup ? 1 : 0);
            delta -= ClusterUnit * excessChange;
        }

        return delta;
    }

    public static void CountGroups(ReadOnlySpan<int> numbers, Span<int> groups)
    {
        groups.Clear();
        foreach (var number in numbers)
        {
            groups[GroupOf(number)]++;
        }
    }

    private int CountPairs(ReadOnlySpan<NumberSet> window)
    {
        Array.Clear(_cooccurrence);
        Span<int> numbers = stackalloc int[Quina.NumbersDrawn];
        foreach (var draw in window)
        {
            var count = draw.CopyTo(numbers);
            for (var i = 0; i < count; i++)
            {
                for (var j = i + 1; j < count; j++)
                {
                    _cooccurrence[numbers[i] * Stride + numbers[j]]++;
                    _cooccurrence[numbers[j] * Stride + numbers[i]]++;
                }
            }
        }

        var max = 0;
        foreach (var value in _cooccurrence)
        {
            max = Math.Max(max, value);
        }

        return max;
    }

    private static NumberSet RecentNumbers(ReadOnlySpan<NumberSet> history, int hotWindow)
    {
        var recent = NumberSet.Empty;
        foreach (var draw in history[Math.Max(0, history.Length - hotWindow)..])
        {
            recent = recent.Union(draw);
        }

        return recent;
    }

    /// <summary>The largest excess a k-number ticket can have: packed into as few decades as possible.</summary>
    private static int WorstExcess(int ticketSize, int allowed)
    {
        var excess = 0;
        for (var remaining = ticketSize; remaining > 0; remaining -= GroupSize)
        {
            excess += Math.Max(0, Math.Min(GroupSize, remaining) - allowed);
        }

        return excess;
    }
}
