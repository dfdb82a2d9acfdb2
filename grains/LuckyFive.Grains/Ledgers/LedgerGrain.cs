using LuckyFive.GrainInterfaces.Ledgers;

namespace LuckyFive.Grains.Ledgers;

/// <summary>
/// One ledger. Entries are written to <c>ledger_entries</c> before the totals are saved; on activation any entries
/// written past the saved totals (a crash between the two) are folded in, so the totals always equal the entries.
/// </summary>
public sealed class LedgerGrain(
    [PersistentState("ledger")] IPersistentState<LedgerRecord> state,
    LedgerEntryStore store,
    TimeProvider time) : Grain, ILedgerGrain
{
    private const int ReconcilePage = 5000;

    private LedgerRecord Record => state.State;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Record.Opening is null)
        {
            return;
        }

        var folded = false;
        while (true)
        {
            var missed = await store.ReadAsync(Id, Record.Sequence, ReconcilePage, cancellationToken);
            foreach (var group in missed.GroupBy(e => (e.Entry.SimulationId, e.Entry.Contest)))
            {
                foreach (var stored in group)
                {
                    Record.Apply(stored.Entry);
                }

                Record.CloseContest(group.Key.Contest);
            }

            folded |= missed.Count > 0;
            if (missed.Count < ReconcilePage)
            {
                break;
            }
        }

        if (folded)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<LedgerView?> OpenAsync(LedgerOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (Record.Opening is { } existing)
        {
            return existing == opening ? Record.ToView(Id) : null;
        }

        Record.Opening = opening;
        Record.CreatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return Record.ToView(Id);
    }

    public Task<LedgerView?> GetAsync() => Task.FromResult(Record.Opening is null ? null : Record.ToView(Id));

    public async Task<PostingResult> PostAsync(IReadOnlyList<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var opening = Record.Opening ?? throw new InvalidOperationException($"Ledger '{Id}' was never opened.");
        var existing = await store.ExistingKeysAsync(Id, [.. entries.Select(e => e.Key)], CancellationToken.None);
        var firstSequence = Record.Sequence + 1;
        var applied = new List<(LedgerEntry, long)>();
        var duplicates = 0;
        LedgerEntry? refused = null;
        var balance = Record.BalanceCents;
        foreach (var entry in entries)
        {
            if (entry.AmountCents < 0)
            {
                throw new ArgumentException($"Entry {entry.Key} has a negative amount; amounts are positive and the kind gives the direction.", nameof(entries));
            }

            if (!existing.Add(entry.Key))
            {
                duplicates++;
                continue;
            }

            if (entry.Kind == EntryKind.Bet && opening.Kind == LedgerKind.Bankroll && balance < entry.AmountCents)
            {
                refused = entry;
                break;
            }

            balance += entry.Kind == EntryKind.Bet ? -entry.AmountCents : entry.AmountCents;
            applied.Add((entry, balance));
        }

        await store.AppendAsync(Id, firstSequence, applied, CancellationToken.None);
        foreach (var group in applied.Select(a => a.Item1).GroupBy(e => (e.SimulationId, e.Contest)))
        {
            foreach (var entry in group)
            {
                Record.Apply(entry);
            }

            Record.CloseContest(group.Key.Contest);
        }

        if (applied.Count > 0)
        {
            await state.WriteStateAsync();
        }

        return new PostingResult { Applied = applied.Count, Duplicates = duplicates, Refused = refused, BalanceCents = Record.BalanceCents };
    }
}
