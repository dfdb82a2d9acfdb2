namespace LuckyFive.Runtime;

/// <summary>
/// The tags of one measurement as a dictionary key, held inline for up to three tags so that recording a
/// measurement of an existing series allocates nothing. Tags are compared in the order given: instruments
/// record their tags in a fixed order.
/// </summary>
internal readonly struct TagSet : IEquatable<TagSet>
{
    private readonly KeyValuePair<string, object?> _first;
    private readonly KeyValuePair<string, object?> _second;
    private readonly KeyValuePair<string, object?> _third;
    private readonly KeyValuePair<string, object?>[]? _many;
    private readonly int _count;

    public TagSet(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        _count = tags.Length;
        if (tags.Length > 3)
        {
            _many = tags.ToArray();
            return;
        }

        _first = tags.Length > 0 ? tags[0] : default;
        _second = tags.Length > 1 ? tags[1] : default;
        _third = tags.Length > 2 ? tags[2] : default;
    }

    /// <summary>The tags, for writing (allocates; used at scrape time only).</summary>
    public KeyValuePair<string, object?>[] ToArray() =>
        _many is not null ? _many
        : _count switch
        {
            0 => [],
            1 => [_first],
            2 => [_first, _second],
            _ => [_first, _second, _third],
        };

    public bool Equals(TagSet other)
    {
        if (_count != other._count)
        {
            return false;
        }

        if (_many is not null)
        {
            return other._many is not null && _many.AsSpan().SequenceEqual(other._many, TagComparer.Instance);
        }

        return TagComparer.Instance.Equals(_first, other._first)
            && TagComparer.Instance.Equals(_second, other._second)
            && TagComparer.Instance.Equals(_third, other._third);
    }

    public override bool Equals(object? obj) => obj is TagSet other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_count);
        if (_many is not null)
        {
            foreach (var tag in _many)
            {
                hash.Add(TagComparer.Instance.GetHashCode(tag));
            }
        }
        else
        {
            hash.Add(TagComparer.Instance.GetHashCode(_first));
            hash.Add(TagComparer.Instance.GetHashCode(_second));
            hash.Add(TagComparer.Instance.GetHashCode(_third));
        }

        return hash.ToHashCode();
    }

    private sealed class TagComparer : IEqualityComparer<KeyValuePair<string, object?>>
    {
        public static readonly TagComparer Instance = new();

        public bool Equals(KeyValuePair<string, object?> x, KeyValuePair<string, object?> y) =>
            string.Equals(x.Key, y.Key, StringComparison.Ordinal) && Equals(x.Value, y.Value);

        public int GetHashCode(KeyValuePair<string, object?> tag) => HashCode.Combine(tag.Key, tag.Value);
    }
}
