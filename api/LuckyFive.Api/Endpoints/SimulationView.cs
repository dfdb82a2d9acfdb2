using System.Text.Json.Serialization;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Api.Endpoints;

/// <summary>A simulation as the API shows it: spec, state, progress, money so far and, once final, summary and verdict.</summary>
public sealed record SimulationView
{
    public required string Id { get; init; }

    public required string State { get; init; }

    public required string Strategy { get; init; }

    public string? Preset { get; init; }

    public required ulong Seed { get; init; }

    public required int FromContest { get; init; }

    public required int ToContest { get; init; }

    public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    public required int BatchSize { get; init; }

    public required string LedgerId { get; init; }

    public required long DrawsVersion { get; init; }

    public required SimulationProgress Progress { get; init; }

    public required long CostCents { get; init; }

    public required long PrizeCents { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public string? Reason { get; init; }

    public int? StoppedAtContest { get; init; }

    public SimulationSummary? Summary { get; init; }

    /// <summary>A sweep child's last in-sample contest; the two summaries below split the range there.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? InSampleToContest { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SimulationSummary? InSampleSummary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SimulationSummary? HoldoutSummary { get; init; }

    /// <summary>The chance verdict in words, once there is a summary.</summary>
    public string? Verdict { get; init; }

    public required SimulationLinks Links { get; init; }

    public static SimulationView From(SimulationStatus status)
    {
        var self = $"/api/v1/simulations/{Uri.EscapeDataString(status.Id)}";
        return new SimulationView
        {
            Id = status.Id,
            State = status.State.Name(),
            Strategy = status.Spec.Strategy,
            Preset = status.Spec.Preset,
            Seed = status.Spec.Seed,
            FromContest = status.Spec.FromContest,
            ToContest = status.Spec.ToContest,
            Parameters = new SortedDictionary<string, double>(status.Spec.Parameters.ToDictionary(), StringComparer.Ordinal),
            BatchSize = status.Spec.BatchSize,
            LedgerId = status.LedgerId,
            DrawsVersion = status.DrawsVersion,
            Progress = new SimulationProgress(
                status.BatchesTotal,
                status.BatchesDone,
                status.ContestsTotal,
                status.ContestsDone,
                status.ContestsTotal == 0 ? 100 : Math.Round(100.0 * status.ContestsDone / status.ContestsTotal, 1)),
            CostCents = status.CostCents,
            PrizeCents = status.PrizeCents,
            CreatedAt = status.CreatedAt,
            StartedAt = status.StartedAt,
            FinishedAt = status.FinishedAt,
            Reason = status.Reason,
            StoppedAtContest = status.StoppedAtContest,
            Summary = status.Summary,
            InSampleToContest = status.Spec.InSampleToContest,
            InSampleSummary = status.InSampleSummary,
            HoldoutSummary = status.HoldoutSummary,
            Verdict = status.Summary is { } summary ? VerdictOf(summary.Chance) : null,
            Links = new SimulationLinks(self, $"{self}/results", $"{self}/events", $"{self}/finances", $"{self}/export?format=json"),
        };
    }

    private static string VerdictOf(ChanceVerdict chance) => chance.BeatsChance
        ? $"beats chance at the 5 % level (one-sided p = {chance.PValue:0.####})"
        : $"consistent with chance (one-sided p = {chance.PValue:0.####}); no evidence the strategy hits more than random tickets";
}

public sealed record SimulationProgress(int BatchesTotal, int BatchesDone, int ContestsTotal, int ContestsDone, double Percent);

public sealed record SimulationLinks(string Self, string Results, string Events, string Finances, string Export);
