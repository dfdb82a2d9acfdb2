using LuckyFive.GrainInterfaces.Comparisons;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.Grains.Simulations;
using Orleans.Concurrency;

namespace LuckyFive.Grains.Comparisons;

/// <summary>Stored comparisons and leaderboards for the API, read by a local worker on whichever silo receives the call.</summary>
[StatelessWorker]
public sealed class ComparisonQueryGrain(ComparisonStore store, SimulationReadModel simulations) : Grain, IComparisonQueryGrain
{
    public Task<ComparisonPage> ListAsync(ComparisonQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.ListAsync(query, CancellationToken.None);
    }

    public async Task<LeaderboardPage> LeaderboardAsync(LeaderboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!SimulationMetrics.TryGet(query.Metric, out var metric))
        {
            throw new ArgumentException(SimulationMetrics.Unknown(query.Metric), nameof(query));
        }

        var completed = await simulations.CompletedAsync(query.Strategy, query.CreatedFrom, query.CreatedBefore, CancellationToken.None);
        var ordered = Leaderboard.Rank(completed, metric, query.Group, query.MinimumReplicates);
        var page = Leaderboard.After(ordered, metric, query.AfterKey).Take(query.Limit + 1).ToArray();
        var ranked = ordered.Count(e => e.Rank is not null);
        return new LeaderboardPage
        {
            Ranked = ranked,
            Unranked = ordered.Length - ranked,
            Items = page.Length > query.Limit ? page[..query.Limit] : page,
            HasMore = page.Length > query.Limit,
        };
    }
}
