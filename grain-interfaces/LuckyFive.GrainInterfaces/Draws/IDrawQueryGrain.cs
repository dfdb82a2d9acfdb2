namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>
/// Reads the draws from the silo's in-memory history (see <see cref="DrawGrains.GetDrawQueryGrain"/>); a stateless
/// worker, so queries run on the silo that receives them, in parallel.
/// </summary>
[Alias("luckyfive.IDrawQueryGrain.v1")]
public interface IDrawQueryGrain : IGrainWithIntegerKey
{
    /// <summary>The newest draw version as this silo knows it (at most about a second behind an import elsewhere); 0 before any import.</summary>
    [Alias("CurrentVersionAsync")]
    Task<long> CurrentVersionAsync();

    /// <summary>One page of draws, newest contest first.</summary>
    /// <returns>The page, or null when <see cref="DrawPageQuery.Version"/> names a version that does not exist.</returns>
    [Alias("GetPageAsync")]
    Task<DrawPage?> GetPageAsync(DrawPageQuery query);

    /// <summary>One contest of the current version.</summary>
    [Alias("GetDrawAsync")]
    Task<DrawLookup> GetDrawAsync(int contest);

    /// <summary>Per-number frequencies and gaps and the most frequent pairs over a span of the current version.</summary>
    [Alias("GetStatsAsync")]
    Task<DrawStats> GetStatsAsync(DrawStatsQuery query);
}
