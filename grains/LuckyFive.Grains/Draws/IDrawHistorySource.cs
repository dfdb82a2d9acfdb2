using LuckyFive.Domain.Draws;

namespace LuckyFive.Grains.Draws;

/// <summary>
/// The draw history this silo holds in memory, by version. Every import that changes a draw makes a new version
/// and never alters an old one, so a simulation pinned to a version computes the same contests on any silo, today
/// or after later imports.
/// </summary>
public interface IDrawHistorySource
{
    /// <summary>The newest version in the database; 0 when nothing was ever imported.</summary>
    Task<long> CurrentVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The history as it was at <paramref name="version"/>, loaded once and then served from memory; version 0 is the
    /// empty history before the first import.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such version exists.</exception>
    Task<DrawHistory> GetAsync(long version, CancellationToken cancellationToken = default);
}
