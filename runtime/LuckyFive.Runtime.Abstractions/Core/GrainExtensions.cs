using System.Globalization;

namespace LuckyFive.Runtime.Abstractions;

/// <summary>Identity helpers for grains and grain references (<c>this.GetPrimaryKey()</c> and friends).</summary>
public static class GrainExtensions
{
    /// <summary>The id of a grain instance or of the grain a reference points to.</summary>
    public static GrainId GetGrainId(this IAddressable grain) => grain switch
    {
        IGrainBase instance => instance.GrainContext.GrainId,
        IGrainReference reference => reference.GrainId,
        null => throw new ArgumentNullException(nameof(grain)),
        _ => throw new ArgumentException($"{grain.GetType().Name} is neither a grain nor a grain reference.", nameof(grain)),
    };

    /// <summary>The Guid key of the grain.</summary>
    public static Guid GetPrimaryKey(this IAddressable grain) => GetPrimaryKey(grain, out _);

    /// <summary>The Guid key of the grain and its key extension (null when there is none).</summary>
    public static Guid GetPrimaryKey(this IAddressable grain, out string? keyExtension)
    {
        var key = Split(grain.GetGrainId().Key, out keyExtension);
        return Guid.TryParseExact(key, "N", out var guid)
            ? guid
            : throw new InvalidOperationException($"Grain {grain.GetGrainId()} does not have a Guid key.");
    }

    /// <summary>The integer key of the grain.</summary>
    public static long GetPrimaryKeyLong(this IAddressable grain) => GetPrimaryKeyLong(grain, out _);

    /// <summary>The integer key of the grain and its key extension (null when there is none).</summary>
    public static long GetPrimaryKeyLong(this IAddressable grain, out string? keyExtension)
    {
        var key = Split(grain.GetGrainId().Key, out keyExtension);
        return long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"Grain {grain.GetGrainId()} does not have an integer key.");
    }

    /// <summary>The string key of the grain.</summary>
    public static string GetPrimaryKeyString(this IAddressable grain) => grain.GetGrainId().Key;

    /// <summary>
    /// A reference to this grain typed as <typeparamref name="TGrainInterface"/>. Calling a non-reentrant grain
    /// through a reference to itself from inside one of its own requests waits for that request: only call
    /// chains that leave and come back are admitted.
    /// </summary>
    public static TGrainInterface AsReference<TGrainInterface>(this IGrainBase grain)
        where TGrainInterface : IAddressable
    {
        ArgumentNullException.ThrowIfNull(grain);
        return grain.GrainContext.GrainFactory.GetGrain<TGrainInterface>(grain.GrainContext.GrainId);
    }

    private static string Split(string key, out string? keyExtension)
    {
        var separator = key.IndexOf(GrainId.KeyExtensionSeparator, StringComparison.Ordinal);
        if (separator < 0)
        {
            keyExtension = null;
            return key;
        }

        keyExtension = key[(separator + 1)..];
        return key[..separator];
    }
}
