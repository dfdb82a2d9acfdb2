using LuckyFive.GrainInterfaces.Comparisons;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// A comparison as the API shows it: what was compared, the winner of each metric, and per metric its rankings,
/// statistics and the winner's tests.
/// </summary>
internal sealed record ComparisonView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<string> SimulationIds { get; init; }

    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>Each metric's winner (null when no simulation has a value).</summary>
    public required IReadOnlyDictionary<string, string?> WinnerByMetric { get; init; }

    public required IReadOnlyList<ComparedSimulation> Simulations { get; init; }

    /// <summary>Per metric, in the request's order.</summary>
    public required IReadOnlyDictionary<string, MetricComparison> Results { get; init; }

    /// <summary>Tests Holm's correction counted.</summary>
    public required int TestsMade { get; init; }

    public required double Alpha { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required ComparisonLinks Links { get; init; }

    public static ComparisonView From(Comparison comparison)
    {
        var results = new OrderedDictionary<string, MetricComparison>(StringComparer.Ordinal);
        var winners = new OrderedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var metric in comparison.Metrics)
        {
            results[metric.Metric] = metric;
            winners[metric.Metric] = metric.Winner;
        }

        return new ComparisonView
        {
            Id = comparison.Id,
            Name = comparison.Name,
            Description = comparison.Description,
            SimulationIds = [.. comparison.Simulations.Select(s => s.Id)],
            Metrics = [.. comparison.Metrics.Select(m => m.Metric)],
            WinnerByMetric = winners,
            Simulations = comparison.Simulations,
            Results = results,
            TestsMade = comparison.TestsMade,
            Alpha = comparison.Alpha,
            CreatedAt = comparison.CreatedAt,
            Links = new ComparisonLinks($"/api/v1/comparisons/{Uri.EscapeDataString(comparison.Id)}"),
        };
    }
}

/// <summary>Where the comparison lives.</summary>
internal sealed record ComparisonLinks(string Self);
