namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>
/// One batch of a simulation's contests, keyed <c>{simulationId}/{batchIndex}</c>: computes them with the domain
/// engine, writes their per-contest rows idempotently and returns what the simulation needs to pay and report them.
/// </summary>
[Alias("luckyfive.IContestBatchGrain")]
public interface IContestBatchGrain : IGrainWithStringKey
{
    /// <summary>Computes (or, when its rows are already written, reads back) the batch.</summary>
    [Alias("Run")]
    Task<BatchResult> RunAsync(BatchWork work, CancellationToken cancellationToken = default);
}

/// <summary>
/// A retry of a batch whose first attempt failed or timed out, keyed <c>{simulationId}/{batchIndex}/retry-{n}</c>:
/// the same work, placed on the silo of the simulation that asks for it, which is alive since it is asking, so the
/// retry never goes back to a silo that froze or died but is not yet declared dead.
/// </summary>
[Alias("luckyfive.IContestBatchRetryGrain")]
public interface IContestBatchRetryGrain : IGrainWithStringKey
{
    /// <summary>Computes (or, when its rows are already written, reads back) the batch.</summary>
    [Alias("Run")]
    Task<BatchResult> RunAsync(BatchWork work, CancellationToken cancellationToken = default);
}

/// <summary>The batch a simulation hands out: its spec, the pinned draws and the contest range.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.BatchWork.v1")]
public sealed record BatchWork
{
    /// <summary>The simulation the batch belongs to.</summary>
    [Id(0)] public required string SimulationId { get; init; }

    /// <summary>The simulation's spec.</summary>
    [Id(1)] public required SimulationSpec Spec { get; init; }

    /// <summary>The draw-history version the simulation is pinned to.</summary>
    [Id(2)] public required long DrawsVersion { get; init; }

    /// <summary>First contest of the batch.</summary>
    [Id(3)] public required int FromContest { get; init; }

    /// <summary>Last contest of the batch.</summary>
    [Id(4)] public required int ToContest { get; init; }
}

/// <summary>A batch's money per contest, in contest order: enough to pay it into a ledger and report progress.</summary>
[GenerateSerializer, Immutable, Alias("luckyfive.BatchResult.v1")]
public sealed record BatchResult
{
    /// <summary>The contests computed.</summary>
    [Id(0)] public required int[] Contests { get; init; }

    /// <summary>Each contest's cost, in centavos.</summary>
    [Id(1)] public required long[] CostCents { get; init; }

    /// <summary>Each contest's prizes, in centavos.</summary>
    [Id(2)] public required long[] PrizeCents { get; init; }

    /// <summary>Each contest's prizes won per tier, four per contest (quina, quadra, terno, duque).</summary>
    [Id(3)] public required long[] PrizeCounts { get; init; }

    /// <summary>The silo that computed the batch (or read it back).</summary>
    [Id(4)] public required string Silo { get; init; }

    /// <summary>False when the rows were already written and were read back instead of computed.</summary>
    [Id(5)] public required bool Computed { get; init; }
}
