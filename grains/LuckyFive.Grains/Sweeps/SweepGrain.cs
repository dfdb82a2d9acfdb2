using LuckyFive.Domain.Sweeps;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace LuckyFive.Grains.Sweeps;

/// <summary>
/// Owns one sweep. Its children are simulations with ids derived from the sweep's (<c>{sweep}-{index}</c>), started in
/// index order, at most <see cref="SweepRequest.Concurrency"/> at a time; the sweep saves which it started before it
/// starts them, and submitting a simulation twice is a no-op, so a resumed sweep (a reminder, or the next call after a
/// crash) picks up its running children and never runs one twice.
/// </summary>
public sealed partial class SweepGrain(
    [PersistentState("sweep")] IPersistentState<SweepRecord> state,
    IDrawHistorySource draws,
    SweepStore store,
    IOptions<SweepOptions> options,
    TimeProvider time,
    ILogger<SweepGrain> logger) : Grain, ISweepGrain, IRemindable, IDisposable
{
    private const string ResumeReminder = "resume";
    private readonly OneWriteAtATime _saving = new();
    private IReadOnlyList<SimulationSpec>? _children;
    private readonly BackgroundRun _run = new();

    private SweepRecord Record => state.State;

    private string Id => this.GetPrimaryKeyString();

    /// <summary>The simulation id of a sweep's child.</summary>
    public static string ChildId(string sweepId, int index) => $"{sweepId}-{index}";

    public void Dispose()
    {
        _run.Dispose();
        _saving.Dispose();
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Record.Request is not null && !Record.State.IsFinal())
        {
            StartRun();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _run.StopAsync(cancellationToken);

    public async Task<SweepSubmitResult> SubmitAsync(SweepRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Record.Request is { } accepted)
        {
            return new SweepSubmitResult
            {
                Outcome = accepted == request ? SubmitOutcome.Accepted : SubmitOutcome.Conflict,
                Status = Record.ToStatus(Id),
            };
        }

        var version = await draws.CurrentVersionAsync();
        if (version == 0)
        {
            return Invalid([new SpecError("draws", "no draws have been imported yet; import the results first")]);
        }

        var plan = SweepPlan.Make(request, await draws.GetAsync(version));
        if (plan.Errors.Count > 0)
        {
            return Invalid(plan.Errors);
        }

        var spec = plan.Spec!;
        var children = plan.Variations.Select(v => new SweepChild
        {
            Index = v.Index,
            Combination = v.CombinationIndex,
            Replicate = v.Replicate,
            Seed = v.Seed,
            SimulationId = ChildId(Id, v.Index),
            Parameters = v.Values,
        }).ToArray();
        await store.WriteChildrenAsync(Id, children, CancellationToken.None);
        Record.Request = request;
        Record.Name = spec.Name;
        Record.Description = spec.Description;
        Record.Strategy = spec.BaseRecipe.Strategy;
        Record.Parameters = [.. spec.SweptParameters];
        Record.Total = children.Length;
        Record.State = SweepState.Pending;
        Record.CreatedAt = time.GetUtcNow();
        Record.InSampleToContest = plan.InSampleToContest;
        _children = plan.ChildSpecs;
        await SaveAsync();
        await this.RegisterOrUpdateReminder(ResumeReminder, options.Value.ResumePeriod, options.Value.ResumePeriod);
        StartRun();
        return new SweepSubmitResult { Outcome = SubmitOutcome.Accepted, Status = Record.ToStatus(Id) };
    }

    public Task<SweepStatus?> GetStatusAsync()
    {
        if (Record.Request is null)
        {
            return Task.FromResult<SweepStatus?>(null);
        }

        if (!Record.State.IsFinal())
        {
            StartRun();
        }

        return Task.FromResult<SweepStatus?>(Record.ToStatus(Id));
    }

    public async Task<SweepStatus?> CancelAsync()
    {
        if (Record.Request is null)
        {
            return null;
        }

        if (Record.State.IsFinal())
        {
            return Record.ToStatus(Id);
        }

        // Final before the first await, so a run interleaving with this call starts no child any more.
        Finish(SweepState.Cancelled, "cancelled on request");
        await _run.StopAsync();

        // The waiting children are cancelled where they stand, the running ones on their grains.
        Record.Cancelled += Record.Total - Record.NextToStart;
        Record.NextToStart = Record.Total;
        var running = Record.Running.ToArray();
        var answers = await Task.WhenAll(running.Select(i => Child(i).CancelAsync()));
        for (var k = 0; k < running.Length; k++)
        {
            if (answers[k] is null)
            {
                // Recorded as started, but the cancel came before its submission: it never ran.
                Record.Running.Remove(running[k]);
                Record.Cancelled++;
            }
        }

        // A child that completed just before its cancel is counted once its summary is written, a moment later.
        for (var wait = 0; wait < 40 && Record.Running.Count > 0; wait++)
        {
            if (!await FollowRunningAsync())
            {
                await Task.Delay(options.Value.PollInterval, time);
            }
        }

        await SaveAsync();
        await ForgetReminderAsync();
        return Record.ToStatus(Id);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Record.Request is null || Record.State.IsFinal())
        {
            await ForgetReminderAsync();
            return;
        }

        StartRun();
    }

    private static SweepSubmitResult Invalid(IReadOnlyList<SpecError> errors) => new() { Outcome = SubmitOutcome.Invalid, Errors = errors };

    private ISimulationGrain Child(int index) => GrainFactory.GetGrain<ISimulationGrain>(ChildId(Id, index));

    private void StartRun() => _run.Start(RunAsync);

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            _children ??= await ChildSpecsAsync();
            if (Record.State == SweepState.Pending)
            {
                Record.State = SweepState.Running;
                Record.StartedAt = time.GetUtcNow();
                await SaveAsync();
            }

            while (!stop.IsCancellationRequested && Record.State == SweepState.Running)
            {
                await StartChildrenAsync(_children, stop);
                var changed = await FollowRunningAsync();
                if (Record.Running.Count == 0 && Record.NextToStart == Record.Total)
                {
                    Finish(SweepState.Completed, null);
                    await SaveAsync();
                    await ForgetReminderAsync();
                    return;
                }

                if (changed)
                {
                    await SaveAsync();
                }

                await Task.Delay(options.Value.PollInterval, time, stop);
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // Cancelled or deactivating: what was started is saved; a resume follows it from there.
        }
        catch (Exception exception)
        {
            // Left unfinished on purpose: the resume reminder (or the next call) starts the run again.
            LogRunInterrupted(logger, Id, exception);
        }
    }

    /// <summary>Starts children up to the concurrency bound, saving each start before making it.</summary>
    private async Task StartChildrenAsync(IReadOnlyList<SimulationSpec> children, CancellationToken stop)
    {
        // Children recorded as started may not have been submitted before a crash; submitting again is a no-op.
        foreach (var index in Record.Running.ToArray())
        {
            await SubmitChildAsync(index, children[index]);
        }

        var bound = Math.Clamp(Record.Request!.Concurrency, 1, SweepRequest.MaxConcurrency);
        while (Record.Running.Count < bound && Record.NextToStart < Record.Total && !stop.IsCancellationRequested)
        {
            var index = Record.NextToStart++;
            // Saved before the submission: a crash between the two leaves a child the resume submits, never one it forgets.
            Record.Running.Add(index);
            await SaveAsync();
            await SubmitChildAsync(index, children[index]);
        }
    }

    private async Task SubmitChildAsync(int index, SimulationSpec spec)
    {
        if (Record.State != SweepState.Running)
        {
            return;
        }

        var result = await Child(index).SubmitAsync(spec);
        if (result.Outcome != SubmitOutcome.Accepted)
        {
            // Unexpected (the sweep was validated), but a child that cannot start is a failed child, not a stuck sweep.
            Record.Running.Remove(index);
            Record.Failed++;
            LogChildRefused(logger, Id, index, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Reason}")));
            await SaveAsync();
        }
    }

    /// <summary>Counts the running children that have become final; true when any did.</summary>
    private async Task<bool> FollowRunningAsync()
    {
        var running = Record.Running.ToArray();
        var statuses = await Task.WhenAll(running.Select(i => Child(i).GetStatusAsync()));
        var changed = false;
        for (var k = 0; k < running.Length; k++)
        {
            if (statuses[k] is not { } status || !IsSettled(status))
            {
                continue;
            }

            Record.Running.Remove(running[k]);
            _ = status.State switch
            {
                SimulationState.Failed => Record.Failed++,
                SimulationState.Cancelled => Record.Cancelled++,
                _ => Record.Completed++,
            };
            changed = true;
        }

        return changed;
    }

    // A completed or bankrupt child counts once its summary is written, so the sweep's results are there when it is done.
    private static bool IsSettled(SimulationStatus status) =>
        status.State.IsFinal() && (status.Summary is not null || status.State is SimulationState.Failed or SimulationState.Cancelled);

    private async Task<IReadOnlyList<SimulationSpec>> ChildSpecsAsync()
    {
        var plan = SweepPlan.Make(Record.Request!, await draws.GetAsync(await draws.CurrentVersionAsync()));
        return plan.ChildSpecs ?? throw new InvalidOperationException(
            $"sweep {Id} no longer validates: {string.Join("; ", plan.Errors.Select(e => $"{e.Field}: {e.Reason}"))}");
    }

    private void Finish(SweepState final, string? reason)
    {
        Record.State = final;
        Record.FinishedAt = time.GetUtcNow();
        Record.Reason = reason;
    }

    private Task SaveAsync() => _saving.RunAsync(async () =>
    {
        await state.WriteStateAsync();
        await store.WriteStatusAsync(Record.ToStatus(Id), CancellationToken.None);
    });

    private Task ForgetReminderAsync() => this.ForgetReminderAsync(ResumeReminder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep {Sweep}: the run stopped and will resume")]
    private static partial void LogRunInterrupted(ILogger logger, string sweep, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweep {Sweep}: child {Child} was refused: {Reasons}")]
    private static partial void LogChildRefused(ILogger logger, string sweep, int child, string reasons);
}
