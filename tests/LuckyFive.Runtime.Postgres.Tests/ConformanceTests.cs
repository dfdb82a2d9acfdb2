using LuckyFive.Runtime.Postgres.GrainDirectory;
using LuckyFive.Runtime.Postgres.Membership;
using LuckyFive.Runtime.Postgres.Reminders;
using LuckyFive.Runtime.Postgres.Storage;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;
using LuckyFive.Runtime.Testing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LuckyFive.Runtime.Postgres.Tests;

// The runtime's provider conformance suites, run against the PostgreSQL providers: each test gets a fresh,
// migrated database, so the in-memory and PostgreSQL implementations are held to the same behaviour.

[Collection(PostgresTests.Name)]
public sealed class PostgresGrainStorageConformanceTests(PostgresFixture postgres) : GrainStorageConformanceTests, IAsyncLifetime
{
    private NpgsqlDataSource _database = null!;

    public async Task InitializeAsync() => _database = await MigratedDatabase.CreateAsync(postgres.Server);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IGrainStorage CreateStorage() =>
        new PostgresGrainStorage(_database, new ClusterOptions().ServiceId, new GrainSerializer(Options.Create(new SerializationOptions())));
}

[Collection(PostgresTests.Name)]
public sealed class PostgresReminderTableConformanceTests(PostgresFixture postgres) : ReminderTableConformanceTests, IAsyncLifetime
{
    private NpgsqlDataSource _database = null!;

    public async Task InitializeAsync() => _database = await MigratedDatabase.CreateAsync(postgres.Server);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IReminderTable CreateTable() => new PostgresReminderTable(_database, "conformance");
}

[Collection(PostgresTests.Name)]
public sealed class PostgresMembershipTableConformanceTests(PostgresFixture postgres) : MembershipTableConformanceTests, IAsyncLifetime
{
    private NpgsqlDataSource _database = null!;

    public async Task InitializeAsync() => _database = await MigratedDatabase.CreateAsync(postgres.Server);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override bool HeartbeatUsesStoreClock => true;

    protected override async Task<IMembershipTable> CreateTableAsync()
    {
        var table = new PostgresMembershipTable(_database, "conformance");
        await table.InitializeMembershipTable(tryInitTableVersion: true);
        return table;
    }
}

[Collection(PostgresTests.Name)]
public sealed class PostgresGrainDirectoryConformanceTests(PostgresFixture postgres) : GrainDirectoryConformanceTests, IAsyncLifetime
{
    private NpgsqlDataSource _database = null!;

    public async Task InitializeAsync() => _database = await MigratedDatabase.CreateAsync(postgres.Server);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IGrainDirectory CreateDirectory() => new PostgresGrainDirectory(_database, "conformance");
}
