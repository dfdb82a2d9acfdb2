using LuckyFive.Domain.Backtesting;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Draws;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace LuckyFive.Grains.Simulations;

/// <summary>
/// A batch's first attempt. Where it runs is <c>LuckyFive:Simulations:BatchPlacement</c>'s choice
/// (<see cref="ContestBatchPlacement"/>), to spread a simulation's batches over the silos.
/// </summary>
[ContestBatchPlacement]
public sealed class ContestBatchGrain(
    IDrawHistorySource draws, EngineCache engines, ContestResultStore results, ILocalSiloDetails silo, ILogger<ContestBatchGrain> logger)
    : ContestBatchWork(draws, engines, results, silo, logger), IContestBatchGrain;

/// <summary>
/// A batch's retry, on the silo of the simulation that asks for it: that silo is alive, while the one the first
/// attempt went to may have frozen without being declared dead yet, and any other placement could pick it again.
/// </summary>
[PreferLocalPlacement]
public sealed class ContestBatchRetryGrain(
    IDrawHistorySource draws, EngineCache engines, ContestResultStore results, ILocalSiloDetails silo, ILogger<ContestBatchRetryGrain> logger)
    : ContestBatchWork(draws, engines, results, silo, logger), IContestBatchRetryGrain;

/// <summary>
/// Computes one batch of contests with the domain engine on the silo it was placed on, writes its rows and returns
/// their money. Batches are short-lived: the activation leaves as soon as it has answered.
/// </summary>
public abstract partial class ContestBatchWork(
    IDrawHistorySource draws,
    EngineCache engines,
    ContestResultStore results,
    ILocalSiloDetails silo,
    ILogger logger) : Grain
{
    public async Task<BatchResult> RunAsync(BatchWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        DeactivateOnIdle();
        var history = await draws.GetAsync(work.DrawsVersion, cancellationToken);
        var expected = history.Draws.Count(d => d.Contest >= work.FromContest && d.Contest <= work.ToContest);
        var siloName = silo.SiloAddress.ToString();
        if (await results.TryReadMoneyAsync(work.SimulationId, work.FromContest, work.ToContest, expected, cancellationToken) is { } stored)
        {
            return stored.ToResult(siloName, computed: false);
        }

        var engine = engines.For(history);
        var spec = work.Spec.ToBacktest();
        var strategy = spec.CreateStrategy();
        var outcomes = new List<ContestOutcome>(expected);
        var money = new BatchMoney(expected);
        foreach (var draw in history.Draws)
        {
            if (draw.Contest < work.FromContest || draw.Contest > work.ToContest)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var outcome = engine.RunContest(spec, draw.Contest, strategy);
            outcomes.Add(outcome);
            money.Add(outcome.Contest, outcome.CostCents, outcome.PrizeCents, outcome.PrizeCounts);
        }

        var wrote = await results.WriteAsync(work.SimulationId, work.FromContest, work.ToContest, outcomes, cancellationToken);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var batch = this.GetPrimaryKeyString();
            LogBatch(logger, batch, outcomes.Count, wrote);
        }

        return money.ToResult(siloName, computed: true);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Batch {Batch}: {Contests} contests computed, rows written: {Wrote}")]
    private static partial void LogBatch(ILogger logger, string batch, int contests, bool wrote);
}
