using System.Globalization;

namespace LuckyFive.Runtime;

/// <summary>The membership table's version: every status change bumps it by one (compare-and-swap token).</summary>
/// <param name="Version">The version number.</param>
/// <param name="VersionEtag">The provider's ETag for the version row.</param>
public sealed record TableVersion(int Version, string VersionEtag)
{
    /// <summary>The version a writer passes to change the table it read at this version.</summary>
    public TableVersion Next() => new(Version + 1, VersionEtag);

    /// <inheritdoc />
    public override string ToString() => Version.ToString(CultureInfo.InvariantCulture);
}
