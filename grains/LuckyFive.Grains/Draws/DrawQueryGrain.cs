using LuckyFive.Domain.Draws;
using LuckyFive.GrainInterfaces.Draws;
using Orleans.Concurrency;

namespace LuckyFive.Grains.Draws;

/// <summary>Answers draw queries from the silo's <see cref="IDrawHistorySource"/>; a worker per silo as load requires.</summary>
[StatelessWorker]
internal sealed class DrawQueryGrain(IDrawHistorySource source) : Grain, IDrawQueryGrain
{
    /// <summary>The most draws one page may hold, whatever the caller asks for.</summary>
    public const int MaxPageSize = 1000;

    public Task<long> CurrentVersionAsync() => source.CurrentVersionAsync();

    public async Task<DrawPage?> GetPageAsync(DrawPageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var version = query.Version ?? await source.CurrentVersionAsync();
        if (version < 0)
        {
            return null;
        }

        DrawHistory history;
        try
        {
            history = await source.GetAsync(version);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var upper = Math.Min(query.ToContest ?? int.MaxValue, (query.BeforeContest ?? int.MaxValue) - 1L);
        var lowerIndex = history.CountBefore(query.FromContest ?? 0);
        var draws = new List<DrawView>(Math.Min(limit + 1, history.Count));
        for (var i = EndIndex(history, upper) - 1; i >= lowerIndex && draws.Count <= limit; i--)
        {
            var draw = history.Draws[i];
            if ((query.FromDate is null || draw.Date >= query.FromDate) && (query.ToDate is null || draw.Date <= query.ToDate))
            {
                draws.Add(DrawViews.View(draw));
            }
        }

        var more = draws.Count > limit;
        return more
            ? new DrawPage(version, draws[..limit], draws[limit - 1].Contest)
            : new DrawPage(version, draws, null);
    }

    public async Task<DrawLookup> GetDrawAsync(int contest)
    {
        var version = await source.CurrentVersionAsync();
        var history = await source.GetAsync(version);
        return new DrawLookup(version, history.TryGet(contest, out var draw) ? DrawViews.View(draw) : null);
    }

    public async Task<DrawStats> GetStatsAsync(DrawStatsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var version = await source.CurrentVersionAsync();
        var history = await source.GetAsync(version);
        var end = EndIndex(history, query.ToContest ?? int.MaxValue);
        var start = Math.Max(
            history.CountBefore(query.FromContest ?? 0),
            query.Window is { } window ? end - Math.Max(window, 0) : 0);
        return DrawStatistics.Compute(version, history, start, end);
    }

    /// <summary>The index just past the last draw whose contest is at most <paramref name="contest"/>.</summary>
    private static int EndIndex(DrawHistory history, long contest) =>
        contest >= history.LastContest ? history.Count : contest < 1 ? 0 : history.CountBefore((int)contest + 1);
}
