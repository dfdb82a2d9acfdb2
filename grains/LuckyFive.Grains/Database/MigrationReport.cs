namespace LuckyFive.Grains.Database;

/// <summary>What a migration run did.</summary>
/// <param name="Applied">Migrations applied by this run, as <c>set/name</c>, in order.</param>
/// <param name="AlreadyApplied">Migrations found already applied (by an earlier run or a concurrent one).</param>
public sealed record MigrationReport(IReadOnlyList<string> Applied, IReadOnlyList<string> AlreadyApplied);
