using System.Text;

namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// The identity of a grain: its grain type plus its key. Keys are scoped per grain type, so
/// <c>counter/7</c> and <c>account/7</c> are different grains.
/// </summary>
/// <param name="Type">The grain type name (see <see cref="GrainTypeAttribute"/>).</param>
/// <param name="Key">The key, in its canonical string form.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>Separates a Guid or integer key from its key extension in <see cref="Key"/>.</summary>
    public const char KeyExtensionSeparator = '+';

    /// <summary>Creates the id of a grain keyed by a <see cref="Guid"/>, optionally with a key extension.</summary>
    public static GrainId Create(string type, Guid key, string? keyExtension = null) =>
        new(type, Compose(key.ToString("N"), keyExtension));

    /// <summary>Creates the id of a grain keyed by a <see cref="long"/>, optionally with a key extension.</summary>
    public static GrainId Create(string type, long key, string? keyExtension = null) =>
        new(type, Compose(key.ToString(System.Globalization.CultureInfo.InvariantCulture), keyExtension));

    /// <summary>Creates the id of a grain keyed by a string.</summary>
    public static GrainId Create(string type, string key) => new(type, key);

    /// <summary>Parses the <c>type/key</c> form produced by <see cref="ToString"/>.</summary>
    public static GrainId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new FormatException($"'{value}' is not a grain id of the form 'type/key'.");
        }

        return new GrainId(value[..slash], value[(slash + 1)..]);
    }

    /// <summary>
    /// A hash that is the same in every process and on every run (unlike <see cref="object.GetHashCode"/>),
    /// used for hash-based placement and for reminder ring ranges.
    /// </summary>
    public uint GetUniformHashCode() => StableHash.Compute(Type, Key);

    /// <inheritdoc />
    public override string ToString() => $"{Type}/{Key}";

    private static string Compose(string key, string? keyExtension) =>
        keyExtension is null ? key : key + KeyExtensionSeparator + keyExtension;
}

/// <summary>FNV-1a over UTF-8: small, stable across runs and platforms, good enough spread for placement.</summary>
internal static class StableHash
{
    public static uint Compute(string first, string? second = null)
    {
        var hash = 2166136261u;
        hash = Mix(hash, first);
        if (second is not null)
        {
            hash = (hash ^ '/') * 16777619u;
            hash = Mix(hash, second);
        }

        // Final avalanche so that keys differing only in the last characters still spread over the ring.
        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return hash;
    }

    private static uint Mix(uint hash, string value)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetByteCount(value) <= buffer.Length ? buffer : new byte[Encoding.UTF8.GetByteCount(value)];
        var length = Encoding.UTF8.GetBytes(value, bytes);
        foreach (var b in bytes[..length])
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
