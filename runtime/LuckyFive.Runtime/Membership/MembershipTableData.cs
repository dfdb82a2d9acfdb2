namespace LuckyFive.Runtime;

/// <summary>A snapshot of the membership table: rows with their ETags, and the table version.</summary>
/// <param name="Members">Rows and their ETags.</param>
/// <param name="Version">The table version.</param>
public sealed record MembershipTableData(IReadOnlyList<(MembershipEntry Entry, string ETag)> Members, TableVersion Version);
