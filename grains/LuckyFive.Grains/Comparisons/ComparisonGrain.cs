using LuckyFive.GrainInterfaces.Comparisons;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Simulations;
using Orleans.Concurrency;

namespace LuckyFive.Grains.Comparisons;

/// <summary>
/// One comparison, computed on a local worker of whichever silo takes the call and stored once; its row is its only
/// state (docs/decisions/0012-comparisons-and-leaderboards.md).
/// </summary>
[StatelessWorker]
public sealed class ComparisonGrain(
    ComparisonStore store,
    SimulationReadModel simulations,
    ContestResultStore results,
    TimeProvider time) : Grain, IComparisonGrain
{
    private const int MaxName = 200;
    private const int MaxDescription = 2000;

    public async Task<ComparisonResult> CreateAsync(ComparisonRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = this.GetPrimaryKeyString();
        if (await store.GetAsync(id, CancellationToken.None) is { } stored)
        {
            return new ComparisonResult { Outcome = ComparisonOutcome.Created, Comparison = stored };
        }

        var errors = new List<SpecError>();
        var metrics = CheckMetrics(request.Metrics.Count == 0 ? ComparisonRequest.DefaultMetrics : request.Metrics, errors);
        CheckText(request, errors);
        var ids = request.SimulationIds ?? [];
        if (ids.Count is < ComparisonRequest.MinSimulations or > ComparisonRequest.MaxSimulations)
        {
            errors.Add(new("simulation_ids", $"compare {ComparisonRequest.MinSimulations} to {ComparisonRequest.MaxSimulations} simulations, got {ids.Count}"));
        }

        foreach (var twice in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new("simulation_ids", $"'{twice.Key}' is listed {twice.Count()} times; list each simulation once"));
        }

        if (errors.Count > 0)
        {
            return new ComparisonResult { Outcome = ComparisonOutcome.Invalid, Errors = errors };
        }

        var found = await simulations.ReadAsync(ids, CancellationToken.None);
        foreach (var unknown in ids.Where(i => !found.ContainsKey(i)))
        {
            errors.Add(new("simulation_ids", $"no simulation has id '{unknown}'"));
        }

        if (errors.Count > 0)
        {
            return new ComparisonResult { Outcome = ComparisonOutcome.Invalid, Errors = errors };
        }

        foreach (var status in ids.Select(i => found[i]).Where(s => s.State != SimulationState.Completed || s.Summary is null))
        {
            errors.Add(new("simulation_ids", $"simulation '{status.Id}' is {status.State.Name()}; only completed simulations are compared"));
        }

        if (errors.Count > 0)
        {
            return new ComparisonResult { Outcome = ComparisonOutcome.NotCompleted, Errors = errors };
        }

        var compared = ids.Select(i => found[i]).ToArray();
        var figures = new Dictionary<string, IReadOnlyList<ContestFigures>>(StringComparer.Ordinal);
        if (metrics.Any(ComparisonBuilder.IsTested))
        {
            foreach (var status in compared)
            {
                figures[status.Id] = await results.ReadFiguresAsync(status.Id, int.MaxValue, CancellationToken.None);
            }
        }

        var name = string.IsNullOrEmpty(request.Name) ? $"{compared.Length} simulations" : request.Name;
        var comparison = ComparisonBuilder.Build(id, name, request.Description, compared, metrics, figures, time.GetUtcNow());
        return new ComparisonResult { Outcome = ComparisonOutcome.Created, Comparison = await store.AddAsync(comparison, CancellationToken.None) };
    }

    public Task<Comparison?> GetAsync() => store.GetAsync(this.GetPrimaryKeyString(), CancellationToken.None);

    private static SimulationMetric[] CheckMetrics(IReadOnlyList<string> names, List<SpecError> errors)
    {
        var metrics = new List<SimulationMetric>();
        foreach (var name in names)
        {
            if (!SimulationMetrics.TryGet(name, out var metric))
            {
                errors.Add(new("metrics", SimulationMetrics.Unknown(name)));
            }
            else if (metrics.Contains(metric))
            {
                errors.Add(new("metrics", $"'{name}' is listed twice; list each metric once"));
            }
            else
            {
                metrics.Add(metric);
            }
        }

        return [.. metrics];
    }

    private static void CheckText(ComparisonRequest request, List<SpecError> errors)
    {
        if (request.Name is { } name && (name.Length is 0 or > MaxName || name.Any(char.IsControl)))
        {
            errors.Add(new("name", $"must be 1 to {MaxName} characters without control characters, got {name.Length}"));
        }

        if (request.Description is { Length: > MaxDescription } description)
        {
            errors.Add(new("description", $"must be at most {MaxDescription} characters, got {description.Length}"));
        }
    }
}
