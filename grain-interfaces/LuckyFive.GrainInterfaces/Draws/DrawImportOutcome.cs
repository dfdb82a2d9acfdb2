namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>What <see cref="IDrawImportGrain.ImportAsync"/> did with a file.</summary>
/// <param name="FileProblem">
/// Why the file could not be read as a whole (empty, truncated, not a workbook, no results sheet, a required column
/// missing), in words meant for the user; null when it was read. Nothing is imported when it is set.
/// </param>
/// <param name="Summary">The import's report; null when <paramref name="FileProblem"/> is set.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawImportOutcome.v1")]
public sealed record DrawImportOutcome(string? FileProblem, DrawImportSummary? Summary);
