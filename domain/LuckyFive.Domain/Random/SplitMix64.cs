namespace LuckyFive.Domain.Random;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit mixer used to expand seeds. Each call adds the golden
/// gamma 0x9E3779B97F4A7C15 to the state and returns the state passed through two xor-shift-multiply rounds.
/// </summary>
public static class SplitMix64
{
    /// <summary>2^64/φ rounded to odd: consecutive states differ by it.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15;

    public static ulong Next(ref ulong state)
    {
        state += Gamma;
        return Mix(state);
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits of the next output.</summary>
    public static double NextDouble(ref ulong state) => (Next(ref state) >> 11) * (1.0 / (1UL << 53));

    /// <summary>The finaliser alone: a bijection on 64-bit values that scrambles every input bit.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
