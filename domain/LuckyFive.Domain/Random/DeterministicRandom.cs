namespace LuckyFive.Domain.Random;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018) with SplitMix64 seeding: the one generator behind every random choice
/// in a backtest. It is specified bit for bit (docs/strategies.md, "Randomness"), so a stream depends only on its
/// seed — never on the runtime's System.Random, the machine, or what ran before.
/// </summary>
public sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public DeterministicRandom(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64.Next(ref state);
        _s1 = SplitMix64.Next(ref state);
        _s2 = SplitMix64.Next(ref state);
        _s3 = SplitMix64.Next(ref state);
    }

    /// <summary>
    /// The stream of one contest of one run: seeded from Mix(Mix(seed) + contest), so each contest can be
    /// computed alone, in any order, on any machine, with the same result.
    /// </summary>
    public static DeterministicRandom ForContest(ulong runSeed, int contest) =>
        new(SplitMix64.Mix(SplitMix64.Mix(runSeed) + (ulong)contest));

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform integer in [0, <paramref name="bound"/>), without modulo bias (Lemire's multiply-and-reject).</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0 - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)product;
    }

    /// <summary>Uniform double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
