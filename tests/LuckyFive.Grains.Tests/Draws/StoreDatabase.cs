using LuckyFive.Grains.Draws;
using LuckyFive.Grains.Hosting;
using LuckyFive.Grains.Tests.Database;
using LuckyFive.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace LuckyFive.Grains.Tests.Draws;

/// <summary>A migrated database of its own with a <see cref="DrawStore"/> on it.</summary>
internal sealed class StoreDatabase : IAsyncDisposable
{
    private StoreDatabase(NpgsqlDataSource dataSource)
    {
        DataSource = dataSource;
        Store = NewStore();
    }

    public NpgsqlDataSource DataSource { get; }

    public DrawStore Store { get; }

    public static async Task<StoreDatabase> CreateAsync(PostgresServer server) =>
        new(NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(server)));

    /// <summary>Another store on the same database, as a second silo has.</summary>
    public DrawStore NewStore() => new(new GrainDatabase(DataSource), NullLogger<DrawStore>.Instance);

    public Task<DrawStoreImport> ImportAsync(byte[] file, string fileName = "test.csv") =>
        ImportAsync(Store, file, fileName);

    public static async Task<DrawStoreImport> ImportAsync(DrawStore store, byte[] file, string fileName = "test.csv")
    {
        using var stream = new MemoryStream(file);
        return await store.ImportAsync(stream, format: null, fileName, CancellationToken.None);
    }

    public Task<long> VersionCountAsync() => TestDatabase.ScalarAsync<long>(DataSource, "SELECT count(*) FROM draw_versions");

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
