namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>The report of one import, against the version that was current when it ran.</summary>
/// <param name="Version">The version the import wrote, or the current one when it changed nothing.</param>
/// <param name="CreatedVersion">Whether the import wrote a new version (it inserted or updated a contest).</param>
/// <param name="Format">The format the file was read as: <c>xlsx</c> or <c>csv</c>.</param>
/// <param name="Inserted">Contests that were not in the draws before.</param>
/// <param name="Updated">Contests whose record differed in any field; the file's record replaced them.</param>
/// <param name="Unchanged">Contests whose record was identical.</param>
/// <param name="EmptyRowsSkipped">Rows of the file with no content at all.</param>
/// <param name="Rejections">Malformed rows, in file order; each changes nothing.</param>
[GenerateSerializer]
[Immutable]
[Alias("luckyfive.DrawImportSummary.v1")]
public sealed record DrawImportSummary(
    long Version,
    bool CreatedVersion,
    string Format,
    int Inserted,
    int Updated,
    int Unchanged,
    int EmptyRowsSkipped,
    IReadOnlyList<DrawRowRejection> Rejections)
{
    /// <summary>How many rows were rejected.</summary>
    public int Rejected => Rejections.Count;
}
