using LuckyFive.GrainInterfaces.Sweeps;

namespace LuckyFive.Grains.Sweeps;

/// <summary>
/// What a sweep grain persists: the request and where the run is. The children themselves follow from the spec
/// (generation is deterministic) and are in <c>sweep_children</c>; their results are in their own simulations.
/// </summary>
[GenerateSerializer, Alias("luckyfive.SweepRecord.v1")]
public sealed class SweepRecord
{
    [Id(0)] public SweepRequest? Request { get; set; }

    [Id(1)] public string Name { get; set; } = "";

    [Id(2)] public string? Description { get; set; }

    [Id(3)] public string Strategy { get; set; } = "";

    [Id(4)] public string[] Parameters { get; set; } = [];

    [Id(5)] public SweepState State { get; set; }

    [Id(6)] public int Total { get; set; }

    /// <summary>Children 0..NextToStart-1 have been submitted (or are being); the rest wait.</summary>
    [Id(7)] public int NextToStart { get; set; }

    /// <summary>Submitted children not yet final.</summary>
    [Id(8)] public List<int> Running { get; set; } = [];

    [Id(9)] public int Completed { get; set; }

    [Id(10)] public int Failed { get; set; }

    [Id(11)] public int Cancelled { get; set; }

    [Id(12)] public DateTimeOffset CreatedAt { get; set; }

    [Id(13)] public DateTimeOffset? StartedAt { get; set; }

    [Id(14)] public DateTimeOffset? FinishedAt { get; set; }

    [Id(15)] public string? Reason { get; set; }

    [Id(16)] public int? InSampleToContest { get; set; }

    public SweepStatus ToStatus(string id) => new()
    {
        Id = id,
        Name = Name,
        Description = Description,
        Request = Request!,
        State = State,
        Strategy = Strategy,
        Parameters = Parameters,
        Progress = new SweepProgress(Total, Total - NextToStart, Running.Count, Completed, Failed, Cancelled),
        CreatedAt = CreatedAt,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
        Reason = Reason,
        InSampleToContest = InSampleToContest,
    };
}
