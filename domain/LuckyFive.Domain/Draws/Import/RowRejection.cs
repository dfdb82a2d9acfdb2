namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Why one row of a draw file was not imported.
/// </summary>
/// <param name="Row">The row as numbered in the file, the header being row 1 (for CSV, the line the record starts on).</param>
/// <param name="Column">The header of the offending column, or <see langword="null"/> when the row as a whole is malformed.</param>
/// <param name="Reason">A plain-language reason.</param>
public sealed record RowRejection(int Row, string? Column, string Reason)
{
    public override string ToString() =>
        Column is null ? $"row {Row}: {Reason}" : $"row {Row}, column \"{Column}\": {Reason}";
}
