using LuckyFive.Grains.Database;
using Npgsql;

namespace LuckyFive.Hosting;

/// <summary>A process that cannot reach its database, or bring its schema up to date, at start.</summary>
public static class DatabaseStartFailure
{
    /// <summary>Whether <paramref name="exception"/> is such a failure: the executables report it in one line and exit 1.</summary>
    public static bool Is(Exception exception) => exception is NpgsqlException or SchemaMigrationException;
}
