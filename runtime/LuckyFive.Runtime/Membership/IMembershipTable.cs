using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The membership table of one cluster. Every row change is a compare-and-swap on the table version: the
/// writer passes <c>read.Version.Next()</c> and the change applies only if the stored version is one less.
/// IAmAlive updates do not touch the version.
/// </summary>
public interface IMembershipTable
{
    /// <summary>Creates the version row if absent.</summary>
    Task InitializeMembershipTable(bool tryInitTableVersion);

    /// <summary>Reads every row and the version.</summary>
    Task<MembershipTableData> ReadAll();

    /// <summary>Reads one row (if present) and the version.</summary>
    Task<MembershipTableData> ReadRow(SiloAddress key);

    /// <summary>Inserts a row if absent and the version matches; returns whether it did.</summary>
    Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion);

    /// <summary>Updates a row if its ETag and the version match; returns whether it did.</summary>
    Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion);

    /// <summary>Updates only the IAmAlive time of a row.</summary>
    Task UpdateIAmAlive(MembershipEntry entry);

    /// <summary>Deletes rows of non-active silos whose IAmAlive time is before <paramref name="beforeDate"/>.</summary>
    Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate);

    /// <summary>Deletes the whole cluster's rows and version.</summary>
    Task DeleteMembershipTableEntries(string clusterId);
}
