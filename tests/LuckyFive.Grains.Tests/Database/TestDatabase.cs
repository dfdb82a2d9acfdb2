using LuckyFive.Grains.Database;
using LuckyFive.TestSupport;
using Npgsql;

namespace LuckyFive.Grains.Tests.Database;

/// <summary>Fresh LuckyFive databases for tests, and small query helpers.</summary>
internal static class TestDatabase
{
    /// <summary>
    /// A session time zone far from UTC (+05:45). The Orleans tests run in it so that a timestamp written or read
    /// as local time instead of UTC shows up as a shifted value.
    /// </summary>
    public const string FarFromUtcTimeZone = "Asia/Kathmandu";

    /// <summary>A new empty database whose sessions use <see cref="FarFromUtcTimeZone"/>; returns its connection string.</summary>
    public static async Task<string> CreateAsync(PostgresServer server)
    {
        var connectionString = await server.CreateDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = NpgsqlDataSource.Create(server.AdminConnectionString);
        await ExecuteAsync(admin, $"ALTER DATABASE {database} SET timezone TO '{FarFromUtcTimeZone}'");
        return connectionString;
    }

    /// <summary>A new database with every LuckyFive migration applied; returns its connection string.</summary>
    public static async Task<string> CreateMigratedAsync(PostgresServer server)
    {
        var connectionString = await CreateAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new PostgresMigrator(dataSource).MigrateAsync([MigrationSet.LuckyFive]);
        return connectionString;
    }

    public static async Task<int> ExecuteAsync(NpgsqlDataSource database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlDataSource database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<List<string>> StringsAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
