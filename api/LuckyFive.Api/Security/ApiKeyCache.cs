using System.Collections.Concurrent;

namespace LuckyFive.Api.Security;

/// <summary>
/// Keys this process verified recently, by hash, so a busy client costs one database round trip per
/// <see cref="ApiSecurityOptions.KeyCacheSeconds"/> rather than one per request. Only active keys are kept, so it
/// holds at most one entry per key in the table.
/// </summary>
internal sealed class ApiKeyCache(ApiSecurityOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.KeyCacheSeconds);

    public bool TryGet(byte[] keyHash, out VerifiedApiKey key)
    {
        if (_entries.TryGetValue(Convert.ToHexString(keyHash), out var entry) && entry.Expires > time.GetUtcNow())
        {
            key = entry.Key;
            return true;
        }

        key = null!;
        return false;
    }

    /// <summary>The active key with this hash, from the cache or else from <paramref name="store"/> (and then cached); null when there is none.</summary>
    public async Task<VerifiedApiKey?> VerifyAsync(byte[] keyHash, ApiKeyStore store, CancellationToken cancellationToken)
    {
        if (TryGet(keyHash, out var cached))
        {
            return cached;
        }

        var found = await store.VerifyAsync(keyHash, cancellationToken);
        if (found is not null)
        {
            Add(keyHash, found);
        }

        return found;
    }

    public void Add(byte[] keyHash, VerifiedApiKey key)
    {
        if (_lifetime > TimeSpan.Zero)
        {
            _entries[Convert.ToHexString(keyHash)] = new Entry(key, time.GetUtcNow() + _lifetime);
        }
    }

    /// <summary>Forgets a revoked key at once in this process; other processes forget it when their entry expires.</summary>
    public void Remove(Guid id)
    {
        foreach (var (hash, entry) in _entries)
        {
            if (entry.Key.Id == id)
            {
                _entries.TryRemove(hash, out _);
            }
        }
    }

    private sealed record Entry(VerifiedApiKey Key, DateTimeOffset Expires);
}
