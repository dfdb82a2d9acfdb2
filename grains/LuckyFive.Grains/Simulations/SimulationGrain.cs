using LuckyFive.Domain.Backtesting;
using LuckyFive.GrainInterfaces.Ledgers;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace LuckyFive.Grains.Simulations;

/// <summary>
/// Owns one simulation. Batches run on <see cref="IContestBatchGrain"/>s with bounded concurrency and finish in any
/// order; they are paid into the ledger strictly in contest order, and progress is saved after each paid batch, so a
/// resumed run (a reminder, or the next call after a crash) starts from the first unpaid batch and the money, the rows
/// and the summary come out the same whatever happened on the way.
/// </summary>
public sealed partial class SimulationGrain(
    [PersistentState("simulation")] IPersistentState<SimulationRecord> state,
    IDrawHistorySource draws,
    ContestResultStore results,
    SimulationReadModel readModel,
    IOptions<SimulationOptions> options,
    TimeProvider time,
    ILogger<SimulationGrain> logger) : Grain, ISimulationGrain, IRemindable, IDisposable
{
    private const string ResumeReminder = "resume";
    private readonly OneWriteAtATime _saving = new();
    private readonly BackgroundRun _run = new();

    private SimulationRecord Record => state.State;

    private string Id => this.GetPrimaryKeyString();

    private SimulationOptions Options => options.Value;

    public void Dispose()
    {
        _run.Dispose();
        _saving.Dispose();
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Record.Spec is not null && !(Record.State.IsFinal() && Record.Settled))
        {
            StartRun();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _run.StopAsync(cancellationToken);

    public async Task<SubmitResult> SubmitAsync(SimulationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Record.Spec is { } accepted)
        {
            var (same, _) = SpecValidator.Validate(spec, await draws.GetAsync(Record.DrawsVersion));
            return new SubmitResult
            {
                Outcome = accepted.Equals(same) ? SubmitOutcome.Accepted : SubmitOutcome.Conflict,
                Status = Record.ToStatus(Id),
            };
        }

        var version = await draws.CurrentVersionAsync();
        if (version == 0)
        {
            return Invalid(new SpecError("draws", "no draws have been imported yet; import the results first"));
        }

        var history = await draws.GetAsync(version);
        var (valid, errors) = SpecValidator.Validate(spec, history);
        var ledgerId = spec.LedgerId ?? $"simulation:{Id}";
        var ledgerErrors = await CheckLedgerAsync(spec.LedgerId);
        if (valid is null || ledgerErrors.Count > 0)
        {
            return Invalid([.. errors, .. ledgerErrors]);
        }

        if (spec.LedgerId is null)
        {
            await GrainFactory.GetGrain<ILedgerGrain>(ledgerId)
                .OpenAsync(new LedgerOpening { Kind = LedgerKind.Simulation, Name = $"simulation {Id}" });
        }

        Record.Spec = valid;
        Record.State = SimulationState.Pending;
        Record.DrawsVersion = version;
        Record.LedgerId = ledgerId;
        Record.CreatedAt = time.GetUtcNow();
        SimulationPlan.Fill(Record, history, valid.FromContest, valid.ToContest, valid.BatchSize);
        await SaveAsync();
        await this.RegisterOrUpdateReminder(ResumeReminder, Options.ResumePeriod, Options.ResumePeriod);
        StartRun();
        return new SubmitResult { Outcome = SubmitOutcome.Accepted, Status = Record.ToStatus(Id) };
    }

    public Task<SimulationStatus?> GetStatusAsync()
    {
        if (Record.Spec is null)
        {
            return Task.FromResult<SimulationStatus?>(null);
        }

        if (!(Record.State.IsFinal() && Record.Settled))
        {
            StartRun();
        }

        return Task.FromResult<SimulationStatus?>(Record.ToStatus(Id));
    }

    public async Task<SimulationStatus?> CancelAsync()
    {
        if (Record.Spec is null)
        {
            return null;
        }

        if (!Record.State.IsFinal())
        {
            Record.State = SimulationState.Cancelled;
            Record.FinishedAt = time.GetUtcNow();
            Record.Reason = "cancelled on request";
            Record.Settled = true;
            await _run.SignalStopAsync();

            await SaveAsync();
            await ForgetReminderAsync();
        }

        return Record.ToStatus(Id);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Record.Spec is null || (Record.State.IsFinal() && Record.Settled))
        {
            await ForgetReminderAsync();
            return;
        }

        StartRun();
    }

    private static SubmitResult Invalid(params SpecError[] errors) => new() { Outcome = SubmitOutcome.Invalid, Errors = errors };

    private async Task<List<SpecError>> CheckLedgerAsync(string? ledgerId)
    {
        if (ledgerId is null)
        {
            return [];
        }

        var ledger = await GrainFactory.GetGrain<ILedgerGrain>(ledgerId).GetAsync();
        return ledger switch
        {
            null => [new SpecError("ledger_id", $"no ledger '{ledgerId}'; create a bankroll ledger first")],
            { Kind: not LedgerKind.Bankroll } => [new SpecError("ledger_id", $"ledger '{ledgerId}' is a simulation's own ledger; give a bankroll ledger")],
            _ => [],
        };
    }

    private void StartRun() => _run.Start(RunAsync);

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            if (!Record.State.IsFinal())
            {
                await RunBatchesAsync(stop);
            }

            if (Record.State.IsFinal() && !Record.Settled && !stop.IsCancellationRequested)
            {
                await SettleAsync(stop);
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // Cancelled or deactivating: progress up to the last paid batch is saved; a resume continues from there.
        }
        catch (Exception exception)
        {
            // Left unfinished on purpose: the resume reminder (or the next call) starts the run again.
            LogRunInterrupted(logger, Id, exception);
        }
    }

    private async Task RunBatchesAsync(CancellationToken stop)
    {
        if (Record.State == SimulationState.Pending)
        {
            Record.State = SimulationState.Running;
            Record.StartedAt = time.GetUtcNow();
            await SaveAsync();
        }

        var ledger = GrainFactory.GetGrain<ILedgerGrain>(Record.LedgerId);
        using var batches = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var inFlight = new Dictionary<Task<BatchResult>, int>();
        var ready = new Dictionary<int, BatchResult>();
        var next = Record.BatchesPaid;
        var total = Record.BatchFirst.Length;
        try
        {
            void Refill()
            {
                while (inFlight.Count < Math.Max(1, Options.MaxConcurrentBatches) && next < total)
                {
                    inFlight.Add(RunBatchAsync(next, batches.Token), next);
                    next++;
                }
            }

            while (Record.BatchesPaid < total)
            {
                Refill();
                await Task.WhenAny(inFlight.Keys);
                foreach (var (finished, index) in inFlight.Where(f => f.Key.IsCompleted).ToList())
                {
                    inFlight.Remove(finished);
                    ready[index] = await finished;
                }

                // The next batches run while these are paid.
                Refill();
                // Every batch ready in contest order is paid in one posting and one save: when payment lags behind the
                // batches, the round trips per batch fall instead of the lag growing.
                while (Record.State == SimulationState.Running && TakeReadyInOrder(ready) is { Count: > 0 } paying)
                {
                    var posting = await ledger.PostAsync([.. paying.SelectMany(EntriesOf)]);
                    if (Record.State != SimulationState.Running)
                    {
                        return;
                    }

                    if (posting.Refused is { } refused)
                    {
                        await batches.CancelAsync();
                        await Task.WhenAll(inFlight.Keys).ContinueWith(_ => { }, TaskScheduler.Current);
                        paying.ForEach(result => Count(result, refused.Contest));
                        Finish(SimulationState.Bankrupt,
                            $"the bankroll ledger '{Record.LedgerId}' refused the bet of contest {refused.Contest}: its balance was {posting.BalanceCents} centavos");
                        Record.StoppedAtContest = refused.Contest;
                        await SaveAsync();
                        return;
                    }

                    paying.ForEach(result => Count(result, int.MaxValue));
                    Record.BatchesPaid += paying.Count;
                    await SaveAsync();
                }

                if (Record.State != SimulationState.Running)
                {
                    return;
                }
            }

            Finish(SimulationState.Completed, null);
            await SaveAsync();
        }
        catch (BatchFailedException failure) when (!stop.IsCancellationRequested)
        {
            await batches.CancelAsync();
            await Task.WhenAll(inFlight.Keys).ContinueWith(_ => { }, TaskScheduler.Current);
            if (Record.State == SimulationState.Running)
            {
                Finish(SimulationState.Failed, failure.Message);
                await SaveAsync();
            }
        }
        finally
        {
            await batches.CancelAsync();
        }
    }

    private async Task<BatchResult> RunBatchAsync(int index, CancellationToken stop)
    {
        var work = new BatchWork
        {
            SimulationId = Id,
            Spec = Record.Spec!,
            DrawsVersion = Record.DrawsVersion,
            FromContest = Record.BatchFirst[index],
            ToContest = Record.BatchLast[index],
        };
        Exception? last = null;
        var attempts = Math.Max(1, Options.MaxBatchAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            // A retry is a fresh activation on this silo (alive, since it is asking): the first attempt may sit on a
            // silo that froze and is not yet declared dead, and placement could pick that silo again.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
            timeout.CancelAfter(Options.BatchTimeout);
            try
            {
                var running = attempt == 1
                    ? GrainFactory.GetGrain<IContestBatchGrain>($"{Id}/{index}").RunAsync(work, timeout.Token)
                    : GrainFactory.GetGrain<IContestBatchRetryGrain>($"{Id}/{index}/retry-{attempt - 1}").RunAsync(work, timeout.Token);
                return await running.WaitAsync(timeout.Token);
            }
            catch (Exception exception) when (!stop.IsCancellationRequested)
            {
                last = exception;
                LogBatchAttemptFailed(logger, Id, index, attempt, exception.Message);
            }
        }

        throw new BatchFailedException(
            $"batch {index} (contests {work.FromContest}..{work.ToContest}) failed {attempts} times; last: {Describe(last)}", last);
    }

    /// <summary>The results of the unpaid batches that are ready, from the first unpaid one up to the first gap.</summary>
    private List<BatchResult> TakeReadyInOrder(Dictionary<int, BatchResult> ready)
    {
        var paying = new List<BatchResult>();
        for (var index = Record.BatchesPaid; ready.Remove(index, out var result); index++)
        {
            paying.Add(result);
        }

        return paying;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        null => "no error recorded",
        OperationCanceledException or TimeoutException => "it did not finish within the batch timeout",
        _ => exception.Message,
    };

    private async Task SettleAsync(CancellationToken stop)
    {
        if (Record.State == SimulationState.Bankrupt && Record.StoppedAtContest is { } stoppedAt)
        {
            await results.DeleteFromAsync(Id, stoppedAt, stop);
        }

        if (Record.State is SimulationState.Completed or SimulationState.Bankrupt)
        {
            var outcomes = await results.ReadOutcomesAsync(Id, Record.StoppedAtContest ?? int.MaxValue, stop);
            var backtest = Record.Spec!.ToBacktest();
            Record.Summary = BacktestSummary.From(backtest, outcomes).ToWire();
            if (Record.Spec!.InSampleToContest is { } inSampleTo)
            {
                // Contests are stored in order: the in-sample part is a prefix, the held-out part the rest.
                var split = outcomes.Count(o => o.Contest <= inSampleTo);
                Record.InSampleSummary = BacktestSummary.From(backtest, outcomes.Take(split).ToArray()).ToWire();
                Record.HoldoutSummary = split < outcomes.Count ? BacktestSummary.From(backtest, outcomes.Skip(split).ToArray()).ToWire() : null;
            }
        }

        Record.Settled = true;
        await SaveAsync();
        await ForgetReminderAsync();
    }

    private List<LedgerEntry> EntriesOf(BatchResult result)
    {
        var entries = new List<LedgerEntry>(result.Contests.Length * 2);
        for (var i = 0; i < result.Contests.Length; i++)
        {
            entries.Add(new LedgerEntry { SimulationId = Id, Contest = result.Contests[i], Kind = EntryKind.Bet, AmountCents = result.CostCents[i] });
            var counts = result.PrizeCounts.AsSpan(i * 4, 4).ToArray();
            if (result.PrizeCents[i] > 0 || counts.Any(c => c != 0))
            {
                entries.Add(new LedgerEntry
                {
                    SimulationId = Id,
                    Contest = result.Contests[i],
                    Kind = EntryKind.Prize,
                    AmountCents = result.PrizeCents[i],
                    PrizeCounts = counts,
                });
            }
        }

        return entries;
    }

    private void Count(BatchResult result, int beforeContest)
    {
        for (var i = 0; i < result.Contests.Length && result.Contests[i] < beforeContest; i++)
        {
            Record.ContestsDone++;
            Record.CostCents += result.CostCents[i];
            Record.PrizeCents += result.PrizeCents[i];
        }
    }

    private void Finish(SimulationState final, string? reason)
    {
        Record.State = final;
        Record.FinishedAt = time.GetUtcNow();
        Record.Reason = reason;
    }

    private Task SaveAsync() => _saving.RunAsync(async () =>
    {
        await state.WriteStateAsync();
        await readModel.WriteAsync(Record.ToStatus(Id), CancellationToken.None);
    });

    private Task ForgetReminderAsync() => this.ForgetReminderAsync(ResumeReminder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulation {Simulation}: batch {Batch} attempt {Attempt} failed: {Reason}")]
    private static partial void LogBatchAttemptFailed(ILogger logger, string simulation, int batch, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulation {Simulation}: the run stopped and will resume")]
    private static partial void LogRunInterrupted(ILogger logger, string simulation, Exception exception);
}
