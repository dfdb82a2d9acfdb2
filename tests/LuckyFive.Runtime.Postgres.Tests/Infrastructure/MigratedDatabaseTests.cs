using Npgsql;

namespace LuckyFive.Runtime.Postgres.Tests.Infrastructure;

/// <summary>Base of provider tests: each test gets a fresh database with the runtime schema applied.</summary>
public abstract class MigratedDatabaseTests(PostgresFixture postgres) : IAsyncLifetime
{
    protected NpgsqlDataSource Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await MigratedDatabase.CreateAsync(postgres.Server);

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
