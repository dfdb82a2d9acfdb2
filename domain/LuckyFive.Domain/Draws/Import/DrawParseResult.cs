namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// What a draw file held: the well-formed draws in file order and every row that was rejected.
/// Nothing is dropped silently: each data row is either a draw, a rejection, or counted as empty.
/// </summary>
public sealed class DrawParseResult
{
    internal DrawParseResult(
        DrawFileFormat format,
        IReadOnlyList<Draw> draws,
        IReadOnlyList<RowRejection> rejections,
        int emptyRowsSkipped,
        IReadOnlyList<string> ignoredColumns,
        bool prizesKnown)
    {
        PrizesKnown = prizesKnown;
        Format = format;
        Draws = draws;
        Rejections = rejections;
        EmptyRowsSkipped = emptyRowsSkipped;
        IgnoredColumns = ignoredColumns;
    }

    public DrawFileFormat Format { get; }

    /// <summary>The accepted draws, in the order of the file; contests are unique.</summary>
    public IReadOnlyList<Draw> Draws { get; }

    /// <summary>One entry per rejected row, in file order.</summary>
    public IReadOnlyList<RowRejection> Rejections { get; }

    /// <summary>Rows with no content at all (including rows absent between two rows of a worksheet).</summary>
    public int EmptyRowsSkipped { get; }

    /// <summary>The file has every tier's winners and prize columns; without them each draw has <see cref="Draw.PrizesKnown"/> false.</summary>
    public bool PrizesKnown { get; }

    /// <summary>Headers that map to no draw field; their cells are not read.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }
}
