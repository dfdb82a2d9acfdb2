using LuckyFive.GrainInterfaces.Ledgers;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Hosting;
using NpgsqlTypes;

namespace LuckyFive.Grains.Ledgers;

/// <summary>The append-only <c>ledger_entries</c> table: a posting is one round trip to find duplicates and one to insert.</summary>
public sealed class LedgerEntryStore(GrainDatabase database, TimeProvider time)
{
    /// <summary>Which of <paramref name="keys"/> the ledger holds already.</summary>
    public async Task<HashSet<string>> ExistingKeysAsync(string ledgerId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT idempotency_key FROM ledger_entries WHERE ledger_id = $1 AND idempotency_key = ANY($2)");
        command.Parameters.Add(new() { Value = ledgerId });
        command.Parameters.Add(new() { Value = keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(reader.GetString(0));
        }

        return existing;
    }

    /// <summary>Appends entries numbered from <paramref name="firstSequence"/>, each with the balance after it.</summary>
    public async Task AppendAsync(string ledgerId, long firstSequence, IReadOnlyList<(LedgerEntry Entry, long BalanceAfter)> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        // Prize counts travel flat, four per entry (zeros for a bet), and are cut back into arrays by position, so the
        // whole posting is one statement and lands or fails as one.
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO ledger_entries
                (ledger_id, sequence, idempotency_key, simulation_id, contest, kind, amount_cents, prize_counts, balance_after_cents, posted_at)
            SELECT $1, $2 + e.i - 1, e.key, e.simulation_id, e.contest, e.kind, e.amount,
                   ARRAY[$9[(e.i - 1) * 4 + 1], $9[(e.i - 1) * 4 + 2], $9[(e.i - 1) * 4 + 3], $9[(e.i - 1) * 4 + 4]],
                   e.balance, $10
            FROM unnest($3::text[], $4::text[], $5::integer[], $6::text[], $7::bigint[], $8::bigint[])
                WITH ORDINALITY AS e(key, simulation_id, contest, kind, amount, balance, i)
            """);
        command.Parameters.Add(new() { Value = ledgerId });
        command.Parameters.Add(new() { Value = firstSequence });
        command.Parameters.Add(new() { Value = entries.Select(e => e.Entry.Key).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => e.Entry.SimulationId).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => e.Entry.Contest).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => KindName(e.Entry.Kind)).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => e.Entry.AmountCents).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => e.BalanceAfter).ToArray() });
        command.Parameters.Add(new() { Value = entries.SelectMany(e => FourCounts(e.Entry)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Entries after <paramref name="afterSequence"/>, oldest first, up to <paramref name="limit"/>.</summary>
    public async Task<List<StoredLedgerEntry>> ReadAsync(string ledgerId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT sequence, simulation_id, contest, kind, amount_cents, prize_counts, balance_after_cents, posted_at
            FROM ledger_entries WHERE ledger_id = $1 AND sequence > $2 ORDER BY sequence LIMIT $3
            """);
        command.Parameters.Add(new() { Value = ledgerId });
        command.Parameters.Add(new() { Value = afterSequence });
        command.Parameters.Add(new() { Value = (long)limit });
        var entries = new List<StoredLedgerEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new StoredLedgerEntry
            {
                Sequence = reader.GetInt64(0),
                Entry = new LedgerEntry
                {
                    SimulationId = reader.GetString(1),
                    Contest = reader.GetInt32(2),
                    Kind = reader.GetString(3) == "bet" ? EntryKind.Bet : EntryKind.Prize,
                    AmountCents = reader.GetInt64(4),
                    PrizeCounts = reader.GetFieldValue<long[]>(5),
                },
                BalanceAfterCents = reader.GetInt64(6),
                PostedAt = reader.GetFieldValue<DateTimeOffset>(7),
            });
        }

        return entries;
    }

    private static string KindName(EntryKind kind) => kind == EntryKind.Bet ? "bet" : "prize";

    private static IEnumerable<long> FourCounts(LedgerEntry entry) =>
        Enumerable.Range(0, 4).Select(t => t < entry.PrizeCounts.Length ? entry.PrizeCounts[t] : 0);
}
