using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace LuckyFive.Grains.Database;

/// <summary>
/// The migrations one assembly owns, read from its embedded resources named
/// <c>{prefix}NNNN_description.sql</c>. Each set is versioned on its own, so a test or a tool can keep
/// tables of its own beside LuckyFive's.
/// </summary>
public sealed class MigrationSet
{
    private MigrationSet(string name, IReadOnlyList<Migration> migrations)
    {
        Name = name;
        Migrations = migrations;
    }

    /// <summary>The set's name as recorded in <c>luckyfive_schema_migrations.migration_set</c>.</summary>
    public string Name { get; }

    /// <summary>The scripts in ascending version order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// LuckyFive's database: the tables and queries of Orleans' ADO.NET clustering, storage and reminder providers,
    /// then the product's own tables.
    /// </summary>
    public static MigrationSet LuckyFive { get; } =
        FromEmbeddedResources("luckyfive", typeof(MigrationSet).Assembly, "LuckyFive.Grains.Database.Migrations.");

    /// <summary>Reads every <c>.sql</c> resource of <paramref name="assembly"/> whose name starts with <paramref name="resourcePrefix"/>.</summary>
    /// <exception cref="InvalidOperationException">A resource name has no version number, or two share one.</exception>
    public static MigrationSet FromEmbeddedResources(string name, Assembly assembly, string resourcePrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(assembly);
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(resourcePrefix, StringComparison.Ordinal)
                     && r.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var fileName = resource[resourcePrefix.Length..^".sql".Length];
            var digits = fileName.TakeWhile(char.IsAsciiDigit).Count();
            if (digits == 0 || !int.TryParse(fileName.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' does not start with a version number.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var sql = reader.ReadToEnd();
            migrations.Add(new Migration(version, fileName, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)))));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Migrations '{migrations[i - 1].Name}' and '{migrations[i].Name}' share version {migrations[i].Version}.");
            }
        }

        return new MigrationSet(name, migrations);
    }
}
