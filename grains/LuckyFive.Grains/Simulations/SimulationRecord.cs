using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Grains.Simulations;

/// <summary>What a simulation grain persists: its spec, plan and progress. Written after every paid batch.</summary>
[GenerateSerializer, Alias("luckyfive.SimulationRecord.v1")]
public sealed class SimulationRecord
{
    [Id(0)] public SimulationSpec? Spec { get; set; }

    [Id(1)] public SimulationState State { get; set; }

    [Id(2)] public long DrawsVersion { get; set; }

    [Id(3)] public string LedgerId { get; set; } = "";

    /// <summary>First and last contest of each planned batch.</summary>
    [Id(4)] public int[] BatchFirst { get; set; } = [];

    [Id(5)] public int[] BatchLast { get; set; } = [];

    /// <summary>Contests of the history in each batch.</summary>
    [Id(6)] public int[] BatchContests { get; set; } = [];

    /// <summary>Batches computed and paid, in order: batches 0..BatchesPaid-1 are done.</summary>
    [Id(7)] public int BatchesPaid { get; set; }

    [Id(8)] public int ContestsDone { get; set; }

    [Id(9)] public long CostCents { get; set; }

    [Id(10)] public long PrizeCents { get; set; }

    [Id(11)] public DateTimeOffset CreatedAt { get; set; }

    [Id(12)] public DateTimeOffset? StartedAt { get; set; }

    [Id(13)] public DateTimeOffset? FinishedAt { get; set; }

    [Id(14)] public string? Reason { get; set; }

    [Id(15)] public int? StoppedAtContest { get; set; }

    [Id(16)] public SimulationSummary? Summary { get; set; }

    /// <summary>The final state's clean-up (rows past a bankruptcy, summary, read model, reminder) is done.</summary>
    [Id(17)] public bool Settled { get; set; }

    [Id(18)] public SimulationSummary? InSampleSummary { get; set; }

    [Id(19)] public SimulationSummary? HoldoutSummary { get; set; }

    public int ContestsTotal => BatchContests.Sum();

    public SimulationStatus ToStatus(string id) => new()
    {
        Id = id,
        Spec = Spec!,
        State = State,
        DrawsVersion = DrawsVersion,
        LedgerId = LedgerId,
        BatchesTotal = BatchFirst.Length,
        BatchesDone = BatchesPaid,
        ContestsTotal = ContestsTotal,
        ContestsDone = ContestsDone,
        CostCents = CostCents,
        PrizeCents = PrizeCents,
        CreatedAt = CreatedAt,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
        Reason = Reason,
        StoppedAtContest = StoppedAtContest,
        Summary = Summary,
        InSampleSummary = InSampleSummary,
        HoldoutSummary = HoldoutSummary,
    };
}
