namespace LuckyFive.GrainInterfaces.Ledgers;

/// <summary>
/// An append-only money ledger, keyed by ledger id. Entries carry idempotency keys, so posting the same entries again
/// changes nothing; a bankroll ledger has a budget and refuses a bet its balance cannot pay.
/// </summary>
[Alias("luckyfive.ILedgerGrain")]
public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>Creates the ledger, or returns it when it already exists with the same opening; null when it exists with another.</summary>
    [Alias("Open")]
    Task<LedgerView?> OpenAsync(LedgerOpening opening);

    /// <summary>The ledger now; null when it was never opened.</summary>
    [Alias("Get")]
    Task<LedgerView?> GetAsync();

    /// <summary>
    /// Applies the entries in order, skipping keys already posted, and stops at the first bet the balance cannot pay.
    /// </summary>
    /// <exception cref="InvalidOperationException">The ledger was never opened.</exception>
    [Alias("Post")]
    Task<PostingResult> PostAsync(IReadOnlyList<LedgerEntry> entries);
}

/// <summary>What kind of ledger it is.</summary>
public enum LedgerKind
{
    /// <summary>A simulation's own ledger: no budget, the balance may go below zero.</summary>
    Simulation = 0,

    /// <summary>A bankroll with a budget: a bet that would take the balance below zero is refused.</summary>
    Bankroll = 1,
}

/// <summary>What a ledger is opened with.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.LedgerOpening.v1")]
public sealed record LedgerOpening
{
    /// <summary>Simulation or bankroll.</summary>
    [Id(0)] public required LedgerKind Kind { get; init; }

    /// <summary>A name for people.</summary>
    [Id(1)] public required string Name { get; init; }

    /// <summary>A bankroll's starting balance in centavos; null for a simulation ledger.</summary>
    [Id(2)] public long? BudgetCents { get; init; }
}

/// <summary>Whether an entry takes money (a bet) or brings it (a prize).</summary>
public enum EntryKind
{
    /// <summary>The cost of a contest's tickets.</summary>
    Bet = 0,

    /// <summary>The prizes a contest's tickets won.</summary>
    Prize = 1,
}

/// <summary>One ledger entry. Amounts are positive; the kind says which way the money goes.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.LedgerEntry.v1")]
public sealed record LedgerEntry
{
    /// <summary>The simulation that posts it.</summary>
    [Id(0)] public required string SimulationId { get; init; }

    /// <summary>The contest it pays for.</summary>
    [Id(1)] public required int Contest { get; init; }

    /// <summary>Bet or prize.</summary>
    [Id(2)] public required EntryKind Kind { get; init; }

    /// <summary>Amount in centavos, zero or more.</summary>
    [Id(3)] public required long AmountCents { get; init; }

    /// <summary>For a prize: prizes won per tier (quina, quadra, terno, duque); empty for a bet.</summary>
    [Id(4)] public long[] PrizeCounts { get; init; } = [];

    /// <summary>The idempotency key: <c>{simulation}:{contest}:{bet|prize}</c>.</summary>
    public string Key => $"{SimulationId}:{Contest}:{(Kind == EntryKind.Bet ? "bet" : "prize")}";
}

/// <summary>What a posting did.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.PostingResult.v1")]
public sealed record PostingResult
{
    /// <summary>Entries applied now.</summary>
    [Id(0)] public required int Applied { get; init; }

    /// <summary>Entries skipped because their key was posted before.</summary>
    [Id(1)] public required int Duplicates { get; init; }

    /// <summary>The bet that was refused, when the balance could not pay it; later entries were not applied.</summary>
    [Id(2)] public LedgerEntry? Refused { get; init; }

    /// <summary>The balance after the posting, in centavos.</summary>
    [Id(3)] public required long BalanceCents { get; init; }
}

/// <summary>A ledger's balance and totals.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.LedgerView.v1")]
public sealed record LedgerView
{
    /// <summary>The ledger's id.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>Simulation or bankroll.</summary>
    [Id(1)] public required LedgerKind Kind { get; init; }

    /// <summary>A name for people.</summary>
    [Id(2)] public required string Name { get; init; }

    /// <summary>A bankroll's budget in centavos.</summary>
    [Id(3)] public long? BudgetCents { get; init; }

    /// <summary>Budget (or zero) minus bets plus prizes, in centavos.</summary>
    [Id(4)] public required long BalanceCents { get; init; }

    /// <summary>Entries posted.</summary>
    [Id(5)] public required long Entries { get; init; }

    /// <summary>Total bet, in centavos.</summary>
    [Id(6)] public required long BetCents { get; init; }

    /// <summary>Total prizes, in centavos.</summary>
    [Id(7)] public required long PrizeCents { get; init; }

    /// <summary>Prizes won per tier (quina, quadra, terno, duque).</summary>
    [Id(8)] public required long[] PrizeCounts { get; init; }

    /// <summary>Largest fall of the net (prizes − bets) from a previous peak, in centavos.</summary>
    [Id(9)] public required long MaxDrawdownCents { get; init; }

    /// <summary>The first contest after which prizes reached bets, if any.</summary>
    [Id(10)] public int? BreakEvenContest { get; init; }

    /// <summary>When the ledger was opened.</summary>
    [Id(11)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Prizes minus bets, in centavos.</summary>
    public long NetCents => PrizeCents - BetCents;

    /// <summary>Net / bets; 0 when nothing was bet.</summary>
    public double Roi => BetCents == 0 ? 0 : (double)NetCents / BetCents;
}
