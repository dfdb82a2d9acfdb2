namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>Why one row of an imported file was not imported.</summary>
/// <param name="Row">The row as numbered in the file, the header being row 1 (for CSV, the line the record starts on).</param>
/// <param name="Column">The header of the offending column, or null when the row as a whole is malformed.</param>
/// <param name="Reason">A plain-language reason.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawRowRejection.v1")]
public sealed record DrawRowRejection(int Row, string? Column, string Reason);
