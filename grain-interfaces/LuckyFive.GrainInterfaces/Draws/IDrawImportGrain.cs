namespace LuckyFive.GrainInterfaces.Draws;

/// <summary>
/// Imports results files into the cluster's versioned draws. One activation (see
/// <see cref="DrawGrains.GetDrawImportGrain"/>); imports are also serialised in the database, so two clusters' worth
/// of callers still merge one after the other.
/// </summary>
[Alias("luckyfive.IDrawImportGrain.v1")]
public interface IDrawImportGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Reads a workbook or CSV (the format is detected from the content) and merges it into the current draws. A new
    /// version is written only when a contest is inserted or updated; re-importing the same file changes nothing.
    /// </summary>
    /// <param name="content">The whole file.</param>
    /// <param name="fileName">The name the file was sent under, recorded with the version it makes.</param>
    /// <returns>The report, or why the file could not be read at all.</returns>
    [Alias("ImportAsync")]
    Task<DrawImportOutcome> ImportAsync(byte[] content, string fileName);
}
