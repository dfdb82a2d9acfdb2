namespace LuckyFive.Domain.Rules;

/// <summary>
/// How a contest's sales became prize pools (quina-rules §3.2–3.3): the share P of sales paid in prizes and each
/// tier's share of P, by contest. Used only where a simulated winner would have been the sole quina winner.
/// </summary>
internal static class PrizePools
{
    /// <summary>Income tax withheld from quina and quadra prizes: the published amounts are 70% of the pool.</summary>
    public const decimal NetOfTax = 0.70m;

    public static decimal PayoutShare(int contest) => contest switch
    {
        <= 3974 => 0.44m,
        <= 6595 => 0.4335m,
        _ => 0.4379m,
    };

    public static decimal QuinaShare(int contest) => contest <= 2362 ? 0.40m : 0.35m;

    public static decimal QuadraShare(int contest) => contest switch
    {
        <= 2362 => 0.30m,
        <= 4084 => 0.25m,
        <= 5695 => 0.19m,
        _ => 0.15m,
    };

    /// <summary>The net amount of a taxed tier's pool: share × P × sales × 0.7, rounded down to the cent.</summary>
    public static long NetPool(decimal tierShare, int contest, long salesCents) =>
        (long)decimal.Floor(tierShare * PayoutShare(contest) * salesCents * NetOfTax);
}
