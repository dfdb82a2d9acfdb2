using LuckyFive.GrainInterfaces.Ledgers;

namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>
/// Reads of what simulations wrote — the read model, per-contest rows, exports and ledger entries — and checks of specs
/// against the current draws, on any silo. Stateless: every call is a database read (or a read of the silo's loaded
/// draws), so the work spreads over the silos' local workers.
/// </summary>
[Alias("luckyfive.ISimulationQueryGrain")]
public interface ISimulationQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Simulations newest first, filtered, one page at a time.</summary>
    [Alias("List")]
    Task<SimulationPage> ListAsync(SimulationQuery query);

    /// <summary>Per-contest results after <paramref name="afterContest"/>, in contest order; null when the simulation is unknown.</summary>
    [Alias("GetResults")]
    Task<ContestResultPage?> GetResultsAsync(string simulationId, int afterContest, int limit);

    /// <summary>The whole simulation as a document; null when it is unknown or has no final results yet.</summary>
    [Alias("Export")]
    Task<byte[]?> ExportAsync(string simulationId, ExportFormat format);

    /// <summary>A ledger's entries after sequence <paramref name="afterSequence"/>, oldest first.</summary>
    [Alias("GetLedgerEntries")]
    Task<LedgerEntryPage> GetLedgerEntriesAsync(string ledgerId, long afterSequence, int limit);

    /// <summary>
    /// The problems <see cref="ISimulationGrain.SubmitAsync"/> would report for <paramref name="spec"/> against the
    /// current draws (its ledger aside), without submitting it; empty when it would run.
    /// </summary>
    [Alias("Validate")]
    Task<IReadOnlyList<SpecError>> ValidateAsync(SimulationSpec spec);
}

/// <summary>Filters and paging of <see cref="ISimulationQueryGrain.ListAsync"/>.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SimulationQuery.v1")]
public sealed record SimulationQuery
{
    /// <summary>Only this state.</summary>
    [Id(0)] public SimulationState? State { get; init; }

    /// <summary>Only this strategy.</summary>
    [Id(1)] public string? Strategy { get; init; }

    /// <summary>Created at or after.</summary>
    [Id(2)] public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Created before.</summary>
    [Id(3)] public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Continue after this simulation id (the previous page's last).</summary>
    [Id(4)] public string? AfterId { get; init; }

    /// <summary>Page size.</summary>
    [Id(5)] public required int Limit { get; init; }
}

/// <summary>One page of simulations.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.SimulationPage.v1")]
public sealed record SimulationPage
{
    /// <summary>The simulations, newest first.</summary>
    [Id(0)] public required IReadOnlyList<SimulationStatus> Items { get; init; }

    /// <summary>True when more simulations follow the last one.</summary>
    [Id(1)] public required bool HasMore { get; init; }
}

/// <summary>The formats a simulation exports to.</summary>
public enum ExportFormat
{
    /// <summary>The CLI's <c>backtest --json</c> document, byte for byte.</summary>
    Json = 0,

    /// <summary>One row per contest.</summary>
    Csv = 1,
}

/// <summary>One contest of a simulation as stored.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ContestResult.v1")]
public sealed record ContestResult
{
    /// <summary>The contest.</summary>
    [Id(0)] public required int Contest { get; init; }

    /// <summary>Its draw date.</summary>
    [Id(1)] public required DateOnly Date { get; init; }

    /// <summary>The numbers drawn, ascending.</summary>
    [Id(2)] public required int[] Drawn { get; init; }

    /// <summary>Each ticket's numbers, ascending.</summary>
    [Id(3)] public required int[][] Tickets { get; init; }

    /// <summary>Hits of each ticket.</summary>
    [Id(4)] public required int[] Hits { get; init; }

    /// <summary>Prizes won per tier (quina, quadra, terno, duque).</summary>
    [Id(5)] public required long[] PrizeCounts { get; init; }

    /// <summary>Cost in centavos.</summary>
    [Id(6)] public required long CostCents { get; init; }

    /// <summary>Prizes in centavos.</summary>
    [Id(7)] public required long PrizeCents { get; init; }

    /// <summary>The price was assumed (the contest predates the first known price).</summary>
    [Id(8)] public required bool PriceAssumed { get; init; }

    /// <summary>The source gave the contest's prizes.</summary>
    [Id(9)] public required bool PrizesKnown { get; init; }

    /// <summary>The quina jackpot is unknown in the source.</summary>
    [Id(10)] public required bool JackpotUnknown { get; init; }
}

/// <summary>One page of a simulation's contests.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.ContestResultPage.v1")]
public sealed record ContestResultPage
{
    /// <summary>The contests, ascending.</summary>
    [Id(0)] public required IReadOnlyList<ContestResult> Items { get; init; }

    /// <summary>True when more contests follow.</summary>
    [Id(1)] public required bool HasMore { get; init; }
}

/// <summary>One stored ledger entry.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.StoredLedgerEntry.v1")]
public sealed record StoredLedgerEntry
{
    /// <summary>Position in the ledger, from 1.</summary>
    [Id(0)] public required long Sequence { get; init; }

    /// <summary>The entry.</summary>
    [Id(1)] public required LedgerEntry Entry { get; init; }

    /// <summary>The balance after it, in centavos.</summary>
    [Id(2)] public required long BalanceAfterCents { get; init; }

    /// <summary>When it was posted.</summary>
    [Id(3)] public required DateTimeOffset PostedAt { get; init; }
}

/// <summary>One page of ledger entries.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.LedgerEntryPage.v1")]
public sealed record LedgerEntryPage
{
    /// <summary>The entries, oldest first.</summary>
    [Id(0)] public required IReadOnlyList<StoredLedgerEntry> Items { get; init; }

    /// <summary>True when more entries follow.</summary>
    [Id(1)] public required bool HasMore { get; init; }
}
