namespace LuckyFive.Domain.Draws.Import;

/// <summary>The outcome of merging a draw file into a history, row by row.</summary>
public sealed class DrawImportReport
{
    internal DrawImportReport(int inserted, int updated, int unchanged, int emptyRowsSkipped, IReadOnlyList<RowRejection> rejections)
    {
        Inserted = inserted;
        Updated = updated;
        Unchanged = unchanged;
        EmptyRowsSkipped = emptyRowsSkipped;
        Rejections = rejections;
    }

    /// <summary>Contests that were not in the history before.</summary>
    public int Inserted { get; }

    /// <summary>Contests already in the history whose record differs in any field; the file's version wins.</summary>
    public int Updated { get; }

    /// <summary>Contests already in the history with an identical record.</summary>
    public int Unchanged { get; }

    /// <summary>Malformed rows; see <see cref="Rejections"/>.</summary>
    public int Rejected => Rejections.Count;

    public int EmptyRowsSkipped { get; }

    public IReadOnlyList<RowRejection> Rejections { get; }

    public override string ToString() =>
        $"{Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected, {EmptyRowsSkipped} empty rows skipped";
}
