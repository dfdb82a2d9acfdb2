using System.Diagnostics;
using LuckyFive.Domain.Backtesting;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Recipes;
using LuckyFive.Grains.Hosting;
using LuckyFive.Grains.Simulations;
using LuckyFive.Grains.Tests.Database;
using LuckyFive.TestSupport;
using Npgsql;

namespace LuckyFive.Grains.Tests.Simulations;

/// <summary>Per-contest rows when another writer of the same batch holds its lock and never finishes, as a frozen silo does.</summary>
[Collection(DatabaseTestGroup.Name)]
[Trait("Category", "PostgreSql")]
public sealed class ContestResultStoreTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Write_WhileAFrozenWriterHoldsTheBatchLock_EndsThatWritersSessionAndWritesTheRowsOnce()
    {
        await using var database = NpgsqlDataSource.Create(await TestDatabase.CreateMigratedAsync(postgres.Server));
        var store = new ContestResultStore(new GrainDatabase(database));
        var history = SyntheticHistory.Generate(60, 7);
        var recipe = Recipe.Create("t", "random", 3);
        var outcomes = new BacktestEngine(history).Run(new BacktestSpec(recipe.Strategy, recipe.Seed, recipe.Parameters, 11, 30)).Contests;
        await using var frozen = await database.OpenConnectionAsync();
        await using var frozenTransaction = await frozen.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('sim'), 11)", frozen, frozenTransaction))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        var wrote = await store.WriteAsync("sim", 11, 30, outcomes, CancellationToken.None);
        var again = await store.WriteAsync("sim", 11, 30, outcomes, CancellationToken.None);

        Assert.True(wrote);
        Assert.False(again);
        Assert.True(clock.Elapsed < ContestResultStore.LockWait * 3, $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(20L, await TestDatabase.ScalarAsync<long>(database, "SELECT count(*) FROM contest_results WHERE simulation_id = 'sim'"));
        await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            await using var after = new NpgsqlCommand("SELECT 1", frozen, frozenTransaction);
            await after.ExecuteScalarAsync();
        });
    }
}
