namespace LuckyFive.Domain.Sweeps;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit counter advanced by the golden-ratio increment and passed
/// through a bijective mixing function. Tiny, fast, fully specified by its constants, so sweep samples and
/// replicate seeds are the same on every machine and every .NET version (System.Random promises neither).
/// </summary>
internal struct SplitMix64
{
    /// <summary>2^64/φ, rounded to odd: consecutive states differ by it.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15;

    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong Next()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits, so every value is an exact multiple of 2^-53.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>The SplitMix64 output function (a bijection on 64-bit values).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
