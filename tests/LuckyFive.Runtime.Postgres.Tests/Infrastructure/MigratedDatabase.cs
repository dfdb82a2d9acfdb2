using LuckyFive.Runtime.Postgres.Schema;
using Npgsql;

namespace LuckyFive.Runtime.Postgres.Tests.Infrastructure;

/// <summary>A fresh database with the runtime schema applied.</summary>
internal static class MigratedDatabase
{
    public static async Task<NpgsqlDataSource> CreateAsync(PostgresServer server)
    {
        var dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());
        await new PostgresMigrator(dataSource).MigrateAsync([MigrationSet.Runtime]);
        return dataSource;
    }
}
