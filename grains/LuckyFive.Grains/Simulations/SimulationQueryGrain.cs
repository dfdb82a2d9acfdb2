using System.Globalization;
using System.Text;
using LuckyFive.Domain.Backtesting;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Ledgers;
using Orleans.Concurrency;

namespace LuckyFive.Grains.Simulations;

/// <summary>Database reads and spec checks for the API, run by a local worker on whichever silo receives the call.</summary>
[StatelessWorker]
public sealed class SimulationQueryGrain(
    SimulationReadModel readModel,
    ContestResultStore results,
    LedgerEntryStore ledgerEntries,
    IDrawHistorySource draws) : Grain, ISimulationQueryGrain
{
    public Task<SimulationPage> ListAsync(SimulationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return readModel.ListAsync(query, CancellationToken.None);
    }

    public async Task<ContestResultPage?> GetResultsAsync(string simulationId, int afterContest, int limit) =>
        await readModel.StoppedAtAsync(simulationId, CancellationToken.None) is { } stop
            ? await results.PageAsync(simulationId, afterContest, stop, limit, CancellationToken.None)
            : null;

    public async Task<byte[]?> ExportAsync(string simulationId, ExportFormat format)
    {
        var status = await GrainFactory.GetGrain<ISimulationGrain>(simulationId).GetStatusAsync();
        if (status is not { Summary: not null })
        {
            return null;
        }

        var outcomes = await results.ReadOutcomesAsync(simulationId, status.StoppedAtContest ?? int.MaxValue, CancellationToken.None);
        return format == ExportFormat.Json
            ? ExportJson(new BacktestResult(status.Spec.ToBacktest(), outcomes))
            : ExportCsv(outcomes);
    }

    public async Task<LedgerEntryPage> GetLedgerEntriesAsync(string ledgerId, long afterSequence, int limit)
    {
        var entries = await ledgerEntries.ReadAsync(ledgerId, afterSequence, limit + 1, CancellationToken.None);
        var hasMore = entries.Count > limit;
        return new LedgerEntryPage { Items = hasMore ? entries[..limit] : entries, HasMore = hasMore };
    }

    public async Task<IReadOnlyList<SpecError>> ValidateAsync(SimulationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var version = await draws.CurrentVersionAsync();
        if (version == 0)
        {
            return [SimulationGrain.NoDraws];
        }

        return SpecValidator.Validate(spec, await draws.GetAsync(version)).Errors;
    }

    // The CLI's `backtest --json` document, with its closing newline.
    private static byte[] ExportJson(BacktestResult result)
    {
        var json = BacktestJson.ToUtf8Bytes(result);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private static byte[] ExportCsv(IReadOnlyList<ContestOutcome> outcomes)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        using (var csv = CsvHelper.CsvWriter.Create(text, new CsvHelper.CsvWriterOptions(), leaveOpen: true))
        {
            WriteRecord(csv, ["contest", "date", "drawn", "tickets", "hits", "quinas", "quadras", "ternos", "duques",
                "cost_cents", "prize_cents", "price_assumed", "prizes_known", "jackpot_unknown"]);
            foreach (var outcome in outcomes)
            {
                WriteRecord(csv, [
                    Invariant(outcome.Contest),
                    outcome.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    string.Join(' ', ContestRowCodec.Numbers(outcome.Drawn)),
                    string.Join(';', outcome.Tickets.Select(t => string.Join(' ', ContestRowCodec.Numbers(t)))),
                    string.Join(' ', outcome.Hits),
                    .. outcome.PrizeCounts.Select(c => Invariant(c)),
                    Invariant(outcome.CostCents),
                    Invariant(outcome.PrizeCents),
                    Flag(outcome.PriceAssumed),
                    Flag(outcome.PrizesKnown),
                    Flag(outcome.JackpotUnknown),
                ]);
            }
        }

        return buffer.ToArray();
    }

    private static void WriteRecord(CsvHelper.CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
