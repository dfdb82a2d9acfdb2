using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Storage;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Postgres.Tests.Storage;

[Collection(PostgresTests.Name)]
public sealed class PostgresGrainStorageTests(PostgresFixture postgres) : MigratedDatabaseTests(postgres)
{
    private static readonly GrainSerializer Serializer = new(Options.Create(new SerializationOptions()));
    private static readonly GrainId Grain = GrainId.Create("ledger", "main");
    [Fact]
    public async Task WriteThenRead_NewGrain_RoundTripsStateAndVersionsTheETag()
    {
        var storage = Storage();
        var state = new GrainState<Balance> { State = new Balance(1250, ["bet", "prize"]) };

        await storage.WriteStateAsync("balance", Grain, state);
        var read = new GrainState<Balance>();
        await storage.ReadStateAsync("balance", Grain, read);

        Assert.Equal("1", state.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.Equal(1250, read.State.Cents);
        Assert.Equal(["bet", "prize"], read.State.Entries);
    }

    [Fact]
    public async Task Read_MissingRecord_GivesDefaultStateAndNoETag()
    {
        var read = new GrainState<Balance>();

        await Storage().ReadStateAsync("balance", Grain, read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.NotNull(read.State);
    }

    [Fact]
    public async Task Write_StaleETag_ThrowsInconsistentStateAndKeepsTheNewerState()
    {
        var storage = Storage();
        var first = new GrainState<Balance> { State = new Balance(1, []) };
        await storage.WriteStateAsync("balance", Grain, first);
        var stale = new GrainState<Balance> { State = new Balance(2, []), ETag = first.ETag };
        first.State = new Balance(3, []);
        await storage.WriteStateAsync("balance", Grain, first);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("balance", Grain, stale));

        Assert.Equal("2", error.StoredEtag);
        Assert.Equal("1", error.CurrentEtag);
        var read = new GrainState<Balance>();
        await storage.ReadStateAsync("balance", Grain, read);
        Assert.Equal(3, read.State.Cents);
    }

    [Fact]
    public async Task Write_SecondInsertWithoutETag_IsAConflict()
    {
        var storage = Storage();
        await storage.WriteStateAsync("balance", Grain, new GrainState<Balance> { State = new Balance(1, []) });

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteStateAsync("balance", Grain, new GrainState<Balance> { State = new Balance(9, []) }));
    }

    [Fact]
    public async Task Write_ManyConcurrentWritersWithTheSameETag_ExactlyOneWins()
    {
        var storage = Storage();
        var seed = new GrainState<Balance> { State = new Balance(0, []) };
        await storage.WriteStateAsync("balance", Grain, seed);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 16).Select(async i =>
        {
            try
            {
                await storage.WriteStateAsync("balance", Grain, new GrainState<Balance> { State = new Balance(i, []), ETag = seed.ETag });
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task SameStateName_DifferentGrainTypesOrServices_AreSeparateRows()
    {
        var ledger = GrainId.Create("ledger", "k");
        var sweep = GrainId.Create("sweep", "k");
        await Storage().WriteStateAsync("state", ledger, new GrainState<Balance> { State = new Balance(1, []) });
        await Storage().WriteStateAsync("state", sweep, new GrainState<Balance> { State = new Balance(2, []) });
        await Storage("other-service").WriteStateAsync("state", ledger, new GrainState<Balance> { State = new Balance(3, []) });

        var read = new GrainState<Balance>();
        await Storage().ReadStateAsync("state", ledger, read);

        Assert.Equal(1, read.State.Cents);
        await using var count = Database.CreateCommand("SELECT count(*) FROM luckyfive_grain_state");
        Assert.Equal(3L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Clear_CurrentETag_RemovesTheRowAndAStaleOneIsRefused()
    {
        var storage = Storage();
        var state = new GrainState<Balance> { State = new Balance(5, []) };
        await storage.WriteStateAsync("balance", Grain, state);
        var stale = new GrainState<Balance> { ETag = state.ETag };
        await storage.WriteStateAsync("balance", Grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("balance", Grain, stale));
        await storage.ClearStateAsync("balance", Grain, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        var read = new GrainState<Balance>();
        await storage.ReadStateAsync("balance", Grain, read);
        Assert.False(read.RecordExists);
    }

    private PostgresGrainStorage Storage(string serviceId = "test") => new(Database, serviceId, Serializer);

    public sealed record Balance(long Cents, string[] Entries)
    {
        public Balance()
            : this(0, [])
        {
        }
    }
}
