namespace LuckyFive.Domain.Draws;

/// <summary>
/// The official results in contest order, with O(1) access by contest and each draw as an 80-bit
/// <see cref="NumberSet"/> in one contiguous array, so "the last W draws before contest c" is a span.
/// Contests may have gaps (a partial import); the history is immutable.
/// </summary>
public sealed class DrawHistory
{
    private readonly Draw[] _draws;
    private readonly NumberSet[] _numbers;
    private readonly int[] _indexByContest; // contest - FirstContest -> index in _draws, or -1

    public DrawHistory(IEnumerable<Draw> draws)
    {
        ArgumentNullException.ThrowIfNull(draws);
        _draws = [.. draws.OrderBy(d => d.Contest)];
        _numbers = new NumberSet[_draws.Length];
        for (var i = 0; i < _draws.Length; i++)
        {
            var draw = _draws[i];
            if (draw.Contest < 1)
            {
                throw new ArgumentException($"Contest numbers start at 1 (got {draw.Contest}).", nameof(draws));
            }

            if (draw.Numbers.Count != Quina.NumbersDrawn)
            {
                throw new ArgumentException($"Contest {draw.Contest} has {draw.Numbers.Count} numbers; a draw has 5.", nameof(draws));
            }

            if (i > 0 && _draws[i - 1].Contest == draw.Contest)
            {
                throw new ArgumentException($"Contest {draw.Contest} appears twice.", nameof(draws));
            }

            _numbers[i] = draw.Numbers;
        }

        FirstContest = _draws.Length == 0 ? 0 : _draws[0].Contest;
        LastContest = _draws.Length == 0 ? 0 : _draws[^1].Contest;
        _indexByContest = new int[_draws.Length == 0 ? 0 : LastContest - FirstContest + 1];
        Array.Fill(_indexByContest, -1);
        for (var i = 0; i < _draws.Length; i++)
        {
            _indexByContest[_draws[i].Contest - FirstContest] = i;
        }
    }

    public static DrawHistory Empty { get; } = new([]);

    public int Count => _draws.Length;

    /// <summary>The lowest contest, or 0 when empty.</summary>
    public int FirstContest { get; }

    /// <summary>The highest contest, or 0 when empty.</summary>
    public int LastContest { get; }

    /// <summary>All draws in contest order.</summary>
    public IReadOnlyList<Draw> Draws => _draws;

    public Draw this[int contest] =>
        TryGet(contest, out var draw) ? draw : throw new KeyNotFoundException($"Contest {contest} is not in the history.");

    public bool Contains(int contest) => IndexOf(contest) >= 0;

    public bool TryGet(int contest, out Draw draw)
    {
        var index = IndexOf(contest);
        draw = index >= 0 ? _draws[index] : null!;
        return index >= 0;
    }

    /// <summary>The numbers of the last <paramref name="window"/> draws with contest &lt; <paramref name="contest"/>, oldest first.</summary>
    public ReadOnlySpan<NumberSet> NumbersBefore(int contest, int window)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        var end = CountBefore(contest);
        var start = Math.Max(0, end - window);
        return _numbers.AsSpan(start, end - start);
    }

    /// <summary>How many draws have a contest number lower than <paramref name="contest"/>.</summary>
    public int CountBefore(int contest)
    {
        if (_draws.Length == 0 || contest <= FirstContest)
        {
            return 0;
        }

        if (contest > LastContest)
        {
            return _draws.Length;
        }

        var index = IndexOf(contest);
        if (index >= 0)
        {
            return index;
        }

        // A gap: binary search for the first draw after it.
        var lo = 0;
        var hi = _draws.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_draws[mid].Contest < contest)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int IndexOf(int contest)
    {
        var offset = contest - FirstContest;
        return _draws.Length == 0 || offset < 0 || offset >= _indexByContest.Length ? -1 : _indexByContest[offset];
    }
}
