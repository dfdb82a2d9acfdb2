using LuckyFive.Domain.Draws;

namespace LuckyFive.Grains.Draws;

/// <summary>
/// The silo's draw histories in memory, one per version, loaded once each however many callers ask at the same time.
/// The current version is read from the database at most once per <see cref="VersionCheckPeriod"/>, so every silo
/// sees an import on any silo within that period, without a restart; the silo that ran the import sees it at once.
/// It keeps the current and the previous version and, least recently used first out, up to a bounded number of
/// others; an evicted version is loaded again when asked for, since versions never change.
/// </summary>
internal sealed class DrawHistorySource : IDrawHistorySource
{
    /// <summary>How stale <see cref="CurrentVersionAsync"/> may be on a silo that did not run the import.</summary>
    public static readonly TimeSpan VersionCheckPeriod = TimeSpan.FromSeconds(1);

    /// <summary>Versions kept besides the current and the previous one.</summary>
    public const int DefaultCapacity = 4;

    private readonly DrawStore _store;
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Entry> _histories = [];
    private long _current;
    private long? _checkedAt;
    private Task<long>? _check;
    private long _uses;

    public DrawHistorySource(DrawStore store, TimeProvider time)
        : this(store, time, DefaultCapacity)
    {
    }

    internal DrawHistorySource(DrawStore store, TimeProvider time, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _store = store;
        _time = time;
        _capacity = capacity;
    }

    /// <summary>How many histories are in memory now (loaded or loading).</summary>
    internal int CachedCount
    {
        get
        {
            lock (_lock)
            {
                return _histories.Count;
            }
        }
    }

    /// <inheritdoc />
    public async Task<long> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        Task<long> check;
        lock (_lock)
        {
            if (_checkedAt is { } at && _time.GetElapsedTime(at) < VersionCheckPeriod)
            {
                return _current;
            }

            if (_check is null || _check.IsCompleted)
            {
                _check = CheckVersionAsync();
            }

            check = _check;
        }

        return await check.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DrawHistory> GetAsync(long version, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Task<DrawHistory> load;
        lock (_lock)
        {
            if (_histories.TryGetValue(version, out var entry))
            {
                entry.LastUse = ++_uses;
                load = entry.History;
            }
            else
            {
                load = LoadAsync(version);
                _histories[version] = new Entry(load) { LastUse = ++_uses };
                EvictBeyondCapacity();
            }
        }

        try
        {
            return await load.WaitAsync(cancellationToken);
        }
        catch when (load.IsFaulted || load.IsCanceled)
        {
            // A failed load is not remembered: the next caller tries again.
            lock (_lock)
            {
                if (_histories.TryGetValue(version, out var entry) && entry.History == load)
                {
                    _histories.Remove(version);
                }
            }

            throw;
        }
    }

    /// <summary>
    /// Takes the history an import on this silo has just committed, so this silo serves the new version at once
    /// and without reading it back.
    /// </summary>
    internal void Add(long version, DrawHistory history)
    {
        lock (_lock)
        {
            _current = Math.Max(_current, version);
            _histories[version] = new Entry(Task.FromResult(history)) { LastUse = ++_uses };
            EvictBeyondCapacity();
        }
    }

    private async Task<long> CheckVersionAsync()
    {
        var version = await _store.CurrentVersionAsync(CancellationToken.None);
        lock (_lock)
        {
            _current = Math.Max(_current, version);
            _checkedAt = _time.GetTimestamp();
            return _current;
        }
    }

    private async Task<DrawHistory> LoadAsync(long version) =>
        await _store.LoadAsync(version, CancellationToken.None)
        ?? throw new ArgumentOutOfRangeException(nameof(version), version, $"There is no draw version {version}.");

    /// <summary>Least recently used first; the entry just used is the most recent, so it stays.</summary>
    private void EvictBeyondCapacity()
    {
        bool Protected(long version) => version == _current || version == _current - 1;
        while (_histories.Count(h => !Protected(h.Key)) > _capacity)
        {
            var oldest = _histories.Where(h => !Protected(h.Key)).MinBy(h => h.Value.LastUse).Key;
            _histories.Remove(oldest);
        }
    }

    private sealed class Entry(Task<DrawHistory> history)
    {
        public Task<DrawHistory> History { get; } = history;

        public long LastUse { get; set; }
    }
}
