namespace LuckyFive.Domain.Draws;

/// <summary>
/// One official contest. Money fields are integer cents in <see cref="Currency"/>, exactly as published
/// (net of income tax, see docs/money.md); use <see cref="CurrencyRules.ToBrlCents"/> before mixing contests.
/// </summary>
public sealed record Draw
{
    public required int Contest { get; init; }

    public required DateOnly Date { get; init; }

    public required NumberSet Numbers { get; init; }

    public Currency Currency => CurrencyRules.ForDate(Date);

    /// <summary>5 hits.</summary>
    public TierPayout Quina { get; init; }

    /// <summary>4 hits.</summary>
    public TierPayout Quadra { get; init; }

    /// <summary>3 hits.</summary>
    public TierPayout Terno { get; init; }

    /// <summary>2 hits (paid from contest 4085, 2016-05-16).</summary>
    public TierPayout Duque { get; init; }

    /// <summary>
    /// The source gave this contest's prizes: false when the file had no prize columns (winners and per-winner
    /// amounts of every tier), so the tier payouts above read as zero without being known to be zero.
    /// </summary>
    public bool PrizesKnown { get; init; } = true;

    /// <summary>"Acumulado 5 acertos": the net jackpot carried to the next contest.</summary>
    public long AccumulatedCents { get; init; }

    /// <summary>"Arrecadacao Total": gross sales (0 where the workbook has none).</summary>
    public long TotalSalesCents { get; init; }

    /// <summary>"Estimativa Premio": the published estimate for the next contest.</summary>
    public long PrizeEstimateCents { get; init; }

    /// <summary>"Acumulado Sorteio Especial Quina de São João": the net São João reserve.</summary>
    public long SaoJoaoAccumulatedCents { get; init; }

    /// <summary>"Cidade / UF" of the quina winners, as published.</summary>
    public string WinnerLocations { get; init; } = "";

    /// <summary>"observação", as published.</summary>
    public string Notes { get; init; } = "";

    public TierPayout Tier(int hits) => hits switch
    {
        5 => Quina,
        4 => Quadra,
        3 => Terno,
        2 => Duque,
        _ => throw new ArgumentOutOfRangeException(nameof(hits), hits, "Prize tiers are 2..5 hits."),
    };
}
