namespace LuckyFive.Grains.Database;

/// <summary>One versioned SQL script of a <see cref="MigrationSet"/>.</summary>
/// <param name="Version">The number the script's file name starts with; scripts run in ascending order.</param>
/// <param name="Name">The file name without extension, e.g. <c>0001_membership</c>.</param>
/// <param name="Sql">The script, run in one transaction.</param>
/// <param name="Checksum">SHA-256 of the script (hex), recorded when applied so later edits are detected.</param>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
