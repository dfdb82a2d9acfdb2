namespace LuckyFive.Grains.Simulations;

/// <summary>How simulations run their batches (configuration section <c>LuckyFive:Simulations</c>).</summary>
public sealed class SimulationOptions
{
    public const string SectionName = "LuckyFive:Simulations";

    /// <summary>Batches of one simulation in flight at once.</summary>
    public int MaxConcurrentBatches { get; set; } = 4;

    /// <summary>
    /// The Orleans placement strategy of new contest batches; every silo of a cluster must use the same one, since the
    /// silo that asks for a batch places it. Activation-count spread batches most evenly when measured on 2 and 3 silo
    /// processes (docs/decisions/0011-contest-batch-placement.md).
    /// </summary>
    public BatchPlacement BatchPlacement { get; set; } = BatchPlacement.ActivationCount;

    /// <summary>
    /// How long one batch may take before it is retried elsewhere. Sized for a batch (tens of milliseconds to a few
    /// seconds), far below Orleans' 30 s response timeout, so a frozen silo costs one retry, not half a minute.
    /// </summary>
    public TimeSpan BatchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts per batch before the simulation fails with the batch's reason.</summary>
    public int MaxBatchAttempts { get; set; } = 3;

    /// <summary>How often a reminder checks that an unfinished simulation is running (Orleans' minimum is 1 minute).</summary>
    public TimeSpan ResumePeriod { get; set; } = TimeSpan.FromMinutes(1);
}
