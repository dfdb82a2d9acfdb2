using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace LuckyFive.Grains.Simulations;

/// <summary>
/// Per-contest rows of simulations. A batch's rows are written by binary COPY in one transaction under a lock on
/// (simulation, first contest), and only when they are not all there yet: re-running a batch never duplicates or
/// changes a row, and two attempts racing (a retry beside a batch on a silo that froze and came back) write once.
/// </summary>
public sealed partial class ContestResultStore(GrainDatabase database, ILogger<ContestResultStore>? logger = null)
{
    private const string Columns =
        "contest, draw_date, drawn, tickets, hits, prize_counts, cost_cents, prize_cents, price_assumed, prizes_known, jackpot_unknown";

    /// <summary>The batch's money per contest when all <paramref name="expected"/> rows are stored; null otherwise.</summary>
    public async Task<BatchMoney?> TryReadMoneyAsync(string simulationId, int fromContest, int toContest, int expected, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT contest, cost_cents, prize_cents, prize_counts FROM contest_results
            WHERE simulation_id = $1 AND contest BETWEEN $2 AND $3 ORDER BY contest
            """);
        command.Parameters.Add(new() { Value = simulationId });
        command.Parameters.Add(new() { Value = fromContest });
        command.Parameters.Add(new() { Value = toContest });
        var money = new BatchMoney(expected);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            money.Add(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetFieldValue<long[]>(3));
        }

        return money.Count == expected ? money : null;
    }

    /// <summary>How long a writer waits for the batch's lock before it takes the lock from whoever holds it.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Stores the batch's rows unless they are all stored already; true when this call wrote them. A writer that holds
    /// the batch's lock for longer than <see cref="LockWait"/> (a silo frozen in the middle of its COPY keeps its
    /// transaction open for as long as it is frozen) has its session ended, so a retry on a live silo can write: both
    /// would write the same bytes, and the ended one's transaction is rolled back whole.
    /// </summary>
    public async Task<bool> WriteAsync(string simulationId, int fromContest, int toContest, IReadOnlyList<ContestOutcome> outcomes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(simulationId, fromContest, toContest, outcomes, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < 3)
            {
                await EndLockHolderAsync(simulationId, fromContest, cancellationToken);
            }
        }
    }

    private async Task EndLockHolderAsync(string simulationId, int fromContest, CancellationToken cancellationToken)
    {
        // A two-key advisory lock shows in pg_locks as classid = key 1 and objid = key 2 (as unsigned 32-bit), objsubid 2.
        await using var command = database.DataSource.CreateCommand("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND pid <> pg_backend_pid()
              AND classid = (hashtext($1)::bigint & 4294967295)::oid AND objid = ($2::bigint & 4294967295)::oid
            """);
        command.Parameters.Add(new() { Value = simulationId });
        command.Parameters.Add(new() { Value = fromContest });
        var ended = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        if (ended > 0)
        {
            LogHolderEnded(logger ?? NullLogger<ContestResultStore>.Instance, simulationId, fromContest, LockWait.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulation {Simulation}: the batch from contest {FromContest} was locked by another writer for over {Seconds} s; that writer's session was ended so this one could write")]
    private static partial void LogHolderEnded(ILogger logger, string simulation, int fromContest, double seconds);

    private async Task<bool> WriteOnceAsync(string simulationId, int fromContest, int toContest, IReadOnlyList<ContestOutcome> outcomes, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var wait = new NpgsqlCommand($"SET LOCAL lock_timeout = '{(int)LockWait.TotalMilliseconds}ms'", connection, transaction))
        {
            await wait.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1), $2)", connection, transaction))
        {
            lockCommand.Parameters.Add(new() { Value = simulationId });
            lockCommand.Parameters.Add(new() { Value = fromContest });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var count = new NpgsqlCommand(
            "SELECT count(*) FROM contest_results WHERE simulation_id = $1 AND contest BETWEEN $2 AND $3", connection, transaction))
        {
            count.Parameters.Add(new() { Value = simulationId });
            count.Parameters.Add(new() { Value = fromContest });
            count.Parameters.Add(new() { Value = toContest });
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! == outcomes.Count)
            {
                return false;
            }
        }

        // Partly there (a batch plan with another size wrote some of them): the outcomes are the same bytes, so replace.
        await using (var delete = new NpgsqlCommand(
            "DELETE FROM contest_results WHERE simulation_id = $1 AND contest BETWEEN $2 AND $3", connection, transaction))
        {
            delete.Parameters.Add(new() { Value = simulationId });
            delete.Parameters.Add(new() { Value = fromContest });
            delete.Parameters.Add(new() { Value = toContest });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            $"COPY contest_results (simulation_id, {Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var outcome in outcomes)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(simulationId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(outcome.Contest, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(outcome.Date, NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(ContestRowCodec.Encode([outcome.Drawn]), NpgsqlDbType.Bytea, cancellationToken);
                await writer.WriteAsync(ContestRowCodec.Encode(outcome.Tickets), NpgsqlDbType.Bytea, cancellationToken);
                await writer.WriteAsync(ContestRowCodec.EncodeHits(outcome.Hits), NpgsqlDbType.Bytea, cancellationToken);
                await writer.WriteAsync(outcome.PrizeCounts, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(outcome.CostCents, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(outcome.PrizeCents, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(outcome.PriceAssumed, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(outcome.PrizesKnown, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(outcome.JackpotUnknown, NpgsqlDbType.Boolean, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Removes the rows from <paramref name="contest"/> on: a bankrupt simulation's results stop before the refused bet.
    /// A batch cancelled at that moment may still finish writing on its silo afterwards, so every read is bounded by
    /// the stop as well; this only reclaims the space.
    /// </summary>
    public async Task DeleteFromAsync(string simulationId, int contest, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("DELETE FROM contest_results WHERE simulation_id = $1 AND contest >= $2");
        command.Parameters.Add(new() { Value = simulationId });
        command.Parameters.Add(new() { Value = contest });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every stored contest of the simulation, in order, as the domain's outcomes.</summary>
    public async Task<IReadOnlyList<ContestOutcome>> ReadOutcomesAsync(string simulationId, int beforeContest, CancellationToken cancellationToken)
    {
        var outcomes = new List<ContestOutcome>();
        await foreach (var outcome in ReadAsync(simulationId, 0, beforeContest, int.MaxValue, cancellationToken))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    /// <summary>
    /// The figures comparisons test, per stored contest in order: hits of each ticket, prizes per tier, cost and
    /// prizes. Reads no tickets or draws, so a whole history of 50 simulations is cheap.
    /// </summary>
    public async Task<IReadOnlyList<ContestFigures>> ReadFiguresAsync(string simulationId, int beforeContest, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT contest, hits, prize_counts, cost_cents, prize_cents FROM contest_results WHERE simulation_id = $1 AND contest < $2 ORDER BY contest");
        command.Parameters.Add(new() { Value = simulationId });
        command.Parameters.Add(new() { Value = beforeContest });
        var figures = new List<ContestFigures>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            figures.Add(new ContestFigures(
                reader.GetInt32(0),
                ContestRowCodec.DecodeHits(reader.GetFieldValue<byte[]>(1)),
                reader.GetFieldValue<long[]>(2),
                reader.GetInt64(3),
                reader.GetInt64(4)));
        }

        return figures;
    }

    /// <summary>
    /// Each simulation's contests in contest order as the chance test sees them (tickets' hits and null moments),
    /// read in one query; simulations without rows are absent.
    /// </summary>
    public async Task<Dictionary<string, List<ContestChance>>> ReadChancesAsync(IReadOnlyList<string> simulationIds, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT simulation_id, tickets, hits FROM contest_results WHERE simulation_id = ANY($1) ORDER BY simulation_id, contest");
        command.Parameters.Add(new() { Value = simulationIds.ToArray() });
        var chances = new Dictionary<string, List<ContestChance>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (!chances.TryGetValue(id, out var contests))
            {
                chances[id] = contests = [];
            }

            contests.Add(ContestChance.Of(
                ContestRowCodec.Decode(reader.GetFieldValue<byte[]>(1)),
                ContestRowCodec.DecodeHits(reader.GetFieldValue<byte[]>(2))));
        }

        return chances;
    }

    /// <summary>Up to <paramref name="limit"/> contests after <paramref name="afterContest"/>, with whether more follow.</summary>
    public async Task<ContestResultPage> PageAsync(string simulationId, int afterContest, int beforeContest, int limit, CancellationToken cancellationToken)
    {
        var items = new List<ContestResult>(limit);
        await foreach (var outcome in ReadAsync(simulationId, afterContest, beforeContest, limit + 1, cancellationToken))
        {
            items.Add(ToWire(outcome));
        }

        var hasMore = items.Count > limit;
        return new ContestResultPage { Items = hasMore ? items[..limit] : items, HasMore = hasMore };
    }

    private async IAsyncEnumerable<ContestOutcome> ReadAsync(
        string simulationId, int afterContest, int beforeContest, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT {Columns} FROM contest_results WHERE simulation_id = $1 AND contest > $2 AND contest < $4 ORDER BY contest LIMIT $3");
        command.Parameters.Add(new() { Value = simulationId });
        command.Parameters.Add(new() { Value = afterContest });
        command.Parameters.Add(new() { Value = (long)limit });
        command.Parameters.Add(new() { Value = beforeContest });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ContestOutcome
            {
                Contest = reader.GetInt32(0),
                Date = reader.GetFieldValue<DateOnly>(1),
                Drawn = ContestRowCodec.Decode(reader.GetFieldValue<byte[]>(2))[0],
                Tickets = ContestRowCodec.Decode(reader.GetFieldValue<byte[]>(3)),
                Hits = ContestRowCodec.DecodeHits(reader.GetFieldValue<byte[]>(4)),
                PrizeCounts = reader.GetFieldValue<long[]>(5),
                CostCents = reader.GetInt64(6),
                PrizeCents = reader.GetInt64(7),
                PriceAssumed = reader.GetBoolean(8),
                PrizesKnown = reader.GetBoolean(9),
                JackpotUnknown = reader.GetBoolean(10),
            };
        }
    }

    private static ContestResult ToWire(ContestOutcome outcome) => new()
    {
        Contest = outcome.Contest,
        Date = outcome.Date,
        Drawn = ContestRowCodec.Numbers(outcome.Drawn),
        Tickets = [.. outcome.Tickets.Select(ContestRowCodec.Numbers)],
        Hits = outcome.Hits,
        PrizeCounts = outcome.PrizeCounts,
        CostCents = outcome.CostCents,
        PrizeCents = outcome.PrizeCents,
        PriceAssumed = outcome.PriceAssumed,
        PrizesKnown = outcome.PrizesKnown,
        JackpotUnknown = outcome.JackpotUnknown,
    };
}

/// <summary>A batch's money per contest, gathered in contest order.</summary>
public sealed class BatchMoney(int capacity)
{
    private readonly List<int> _contests = new(capacity);
    private readonly List<long> _cost = new(capacity);
    private readonly List<long> _prize = new(capacity);
    private readonly List<long> _prizeCounts = new(capacity * 4);

    public int Count => _contests.Count;

    public void Add(int contest, long costCents, long prizeCents, IReadOnlyList<long> prizeCounts)
    {
        _contests.Add(contest);
        _cost.Add(costCents);
        _prize.Add(prizeCents);
        _prizeCounts.AddRange(prizeCounts);
    }

    public BatchResult ToResult(string silo, bool computed) => new()
    {
        Contests = [.. _contests],
        CostCents = [.. _cost],
        PrizeCents = [.. _prize],
        PrizeCounts = [.. _prizeCounts],
        Silo = silo,
        Computed = computed,
    };
}

/// <summary>One stored contest of a simulation as comparisons read it: each ticket's hits, prizes per tier, cost and prizes.</summary>
public sealed record ContestFigures(int Contest, int[] Hits, long[] PrizeCounts, long CostCents, long PrizeCents);
