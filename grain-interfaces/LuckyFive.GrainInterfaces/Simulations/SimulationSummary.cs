namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>What a finished simulation cost and won, how its tickets hit, and its verdict against chance.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SimulationSummary.v1")]
public sealed record SimulationSummary
{
    /// <summary>Contests replayed.</summary>
    [Id(0)] public required int Contests { get; init; }

    /// <summary>Tickets bet.</summary>
    [Id(1)] public required long Tickets { get; init; }

    /// <summary>Tickets by hits: index h = tickets with h hits (0..5).</summary>
    [Id(2)] public required long[] HitHistogram { get; init; }

    /// <summary>Prizes won per tier: quina, quadra, terno, duque.</summary>
    [Id(3)] public required long[] PrizeCounts { get; init; }

    /// <summary>Mean over contests of the best ticket's hits.</summary>
    [Id(4)] public required double AverageBestHits { get; init; }

    /// <summary>Total cost in centavos.</summary>
    [Id(5)] public required long CostCents { get; init; }

    /// <summary>Whether every contest's prizes are known; when not, the prize-dependent figures are null.</summary>
    [Id(6)] public required bool PrizesKnown { get; init; }

    /// <summary>Total prizes in centavos.</summary>
    [Id(7)] public long? PrizeCents { get; init; }

    /// <summary>Prizes minus cost.</summary>
    [Id(8)] public long? NetCents { get; init; }

    /// <summary>Net / cost.</summary>
    [Id(9)] public double? Roi { get; init; }

    /// <summary>First contest at which cumulative prizes reached cumulative cost.</summary>
    [Id(10)] public int? BreakEvenContest { get; init; }

    /// <summary>Largest fall of the cumulative net from a previous peak, in centavos.</summary>
    [Id(11)] public long? MaxDrawdownCents { get; init; }

    /// <summary>Most consecutive contests whose prizes were below their cost.</summary>
    [Id(12)] public int? LongestLosingStreak { get; init; }

    /// <summary>Contests whose quina jackpot is unknown in the source.</summary>
    [Id(13)] public required int JackpotUnknownContests { get; init; }

    /// <summary>Quina prizes won where the jackpot is unknown: counted, paid nothing.</summary>
    [Id(14)] public required long UnpaidQuinaPrizes { get; init; }

    /// <summary>Contests priced with the earliest known price.</summary>
    [Id(15)] public required int PriceAssumedContests { get; init; }

    /// <summary>The tickets' hits against uniformly random draws.</summary>
    [Id(16)] public required ChanceVerdict Chance { get; init; }
}

/// <summary>The chance test of a simulation (docs/statistics.md).</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ChanceVerdict.v1")]
public sealed record ChanceVerdict
{
    /// <summary>Observed mean hits per ticket.</summary>
    [Id(0)] public required double MeanHitsPerTicket { get; init; }

    /// <summary>Lower end of its 95 % confidence interval.</summary>
    [Id(1)] public double? MeanHitsLower95 { get; init; }

    /// <summary>Upper end of its 95 % confidence interval.</summary>
    [Id(2)] public double? MeanHitsUpper95 { get; init; }

    /// <summary>Mean hits per ticket that chance gives.</summary>
    [Id(3)] public required double ChanceMeanHitsPerTicket { get; init; }

    /// <summary>Standardised difference of the observed hits from chance.</summary>
    [Id(4)] public required double Z { get; init; }

    /// <summary>One-sided p-value of doing at least this well by chance.</summary>
    [Id(5)] public required double PValue { get; init; }

    /// <summary>Chi-square statistic of the hit histogram against chance.</summary>
    [Id(6)] public required double ChiSquare { get; init; }

    /// <summary>Its p-value, when the test applies.</summary>
    [Id(7)] public double? ChiSquarePValue { get; init; }

    /// <summary>Whether the mean hits beat chance at the 5 % level (one-sided).</summary>
    [Id(8)] public required bool BeatsChance { get; init; }
}
