using System.Text.Json.Serialization;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;

namespace LuckyFive.Api.Endpoints;

/// <summary>A sweep as the API shows it: what it runs, how far it is, where to read its results.</summary>
public sealed record SweepView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string State { get; init; }

    /// <summary>The base recipe's strategy.</summary>
    public required string Strategy { get; init; }

    /// <summary>The swept parameters, in spec order.</summary>
    public required IReadOnlyList<string> Parameters { get; init; }

    public required int FromContest { get; init; }

    public required int ToContest { get; init; }

    public required int Concurrency { get; init; }

    public required int BatchSize { get; init; }

    /// <summary>The held-out share of the range (0 when nothing is held out).</summary>
    public required double Holdout { get; init; }

    /// <summary>The last contest children are ranked on when part of the range is held out.</summary>
    public int? InSampleToContest { get; init; }

    public string? SweepConfigId { get; init; }

    public required SweepProgressView Progress { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public string? Reason { get; init; }

    public required SweepLinks Links { get; init; }

    public static SweepView From(SweepStatus status)
    {
        var self = $"/api/v1/sweeps/{Uri.EscapeDataString(status.Id)}";
        var p = status.Progress;
        var done = p.Completed + p.Failed + p.Cancelled;
        return new SweepView
        {
            Id = status.Id,
            Name = status.Name,
            Description = status.Description,
            State = status.State.Name(),
            Strategy = status.Strategy,
            Parameters = status.Parameters,
            FromContest = status.Request.FromContest,
            ToContest = status.Request.ToContest,
            Concurrency = status.Request.Concurrency,
            BatchSize = status.Request.BatchSize,
            Holdout = status.Request.Holdout,
            InSampleToContest = status.InSampleToContest,
            SweepConfigId = status.Request.SweepConfigId,
            Progress = new SweepProgressView(p.Total, p.Pending, p.Running, p.Completed, p.Failed, p.Cancelled,
                p.Total == 0 ? 100 : Math.Round(100.0 * done / p.Total, 1)),
            CreatedAt = status.CreatedAt,
            StartedAt = status.StartedAt,
            FinishedAt = status.FinishedAt,
            Reason = status.Reason,
            Links = new SweepLinks(
                self, $"{self}/results", $"{self}/best", $"{self}/visualization", $"{self}/replicates", $"{self}/overfitting", $"{self}/cancel"),
        };
    }
}

/// <summary>Children by state; <c>percent</c> is the share that reached a final state.</summary>
public sealed record SweepProgressView(int Total, int Pending, int Running, int Completed, int Failed, int Cancelled, double Percent);

public sealed record SweepLinks(string Self, string Results, string Best, string Visualization, string Replicates, string Overfitting, string Cancel);

/// <summary>One child of a sweep: its variation, its state and, once it has results, its metrics.</summary>
public sealed record SweepChildView
{
    public required int Index { get; init; }

    public required int Combination { get; init; }

    public required int Replicate { get; init; }

    public required ulong Seed { get; init; }

    public required string SimulationId { get; init; }

    /// <summary>The swept parameters' values.</summary>
    public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    /// <summary>The child simulation's state, <c>pending</c> until the sweep starts it.</summary>
    public required string State { get; init; }

    /// <summary>Every ranking metric over the whole range (<c>GET /api/v1/sweeps/{id}/best?metric=</c> names them), once the child has results.</summary>
    public IReadOnlyDictionary<string, double?>? Metrics { get; init; }

    /// <summary>When the sweep holds out its tail: the metrics over the in-sample contests, which children are ranked on.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double?>? InSampleMetrics { get; init; }

    /// <summary>When the sweep holds out its tail: the metrics over the held-out contests.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double?>? HoldoutMetrics { get; init; }

    /// <summary>The child's test against chance on the contests it is ranked on, raw and corrected for the sweep's children.</summary>
    public SweepChildChance? Chance { get; init; }

    public string? Reason { get; init; }

    internal static SweepChildView From(SweepChild child, SweepRanking ranking) => new()
    {
        Index = child.Index,
        Combination = child.Combination,
        Replicate = child.Replicate,
        Seed = child.Seed,
        SimulationId = child.SimulationId,
        Parameters = new SortedDictionary<string, double>(child.Parameters.ToDictionary(), StringComparer.Ordinal),
        State = child.State?.Name() ?? "pending",
        Metrics = MetricsOf(child.Summary),
        InSampleMetrics = MetricsOf(child.InSampleSummary),
        HoldoutMetrics = MetricsOf(child.HoldoutSummary),
        Chance = ranking.ChanceOf(child),
        Reason = child.Reason,
    };

    private static Dictionary<string, double?>? MetricsOf(SimulationSummary? summary) =>
        summary is null ? null : SimulationMetrics.All.ToDictionary(m => m.Name, m => m.Of(summary));
}
