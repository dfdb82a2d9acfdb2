using LuckyFive.Runtime.Abstractions;
using Xunit;

namespace LuckyFive.Runtime.Testing;

/// <summary>
/// What every <see cref="IGrainStorage"/> must do: integer versions as ETags, conditional writes and clears, and
/// records keyed by grain type as well as key and state name. Subclass it once per provider; tests use fresh
/// grain ids, so a shared database is fine.
/// </summary>
public abstract class GrainStorageConformanceTests
{
    /// <summary>The provider under test.</summary>
    protected abstract IGrainStorage CreateStorage();

    /// <summary>A state type with a nested value.</summary>
    public sealed class TestState
    {
        /// <summary>A number.</summary>
        public int Value { get; set; }

        /// <summary>A list.</summary>
        public List<string> Items { get; set; } = [];
    }

    /// <summary>Reading a record that does not exist yields the empty state, no ETag.</summary>
    [Fact]
    public async Task ReadState_NoRecord_ReturnsEmptyStateWithoutEtag()
    {
        var storage = CreateStorage();
        var state = new GrainState<TestState> { State = new TestState { Value = 9 } };

        await storage.ReadStateAsync("s", NewGrainId(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(0, state.State.Value);
    }

    /// <summary>A write creates the record; a later read returns it with the same ETag.</summary>
    [Fact]
    public async Task WriteState_NewRecord_CanBeReadBack()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var written = new GrainState<TestState> { State = new TestState { Value = 7, Items = ["a", "b"] } };

        await storage.WriteStateAsync("s", grainId, written);
        var read = new GrainState<TestState>();
        await storage.ReadStateAsync("s", grainId, read);

        Assert.True(written.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(7, read.State.Value);
        Assert.Equal(["a", "b"], read.State.Items);
    }

    /// <summary>Each write changes the ETag.</summary>
    [Fact]
    public async Task WriteState_Twice_ChangesEtagEachTime()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var state = new GrainState<TestState>();

        await storage.WriteStateAsync("s", grainId, state);
        var first = state.ETag;
        await storage.WriteStateAsync("s", grainId, state);

        Assert.NotEqual(first, state.ETag);
    }

    /// <summary>A write with an ETag older than the stored one is refused.</summary>
    [Fact]
    public async Task WriteState_StaleEtag_ThrowsInconsistentStateException()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        await storage.WriteStateAsync("s", grainId, new GrainState<TestState>());
        var first = new GrainState<TestState>();
        var second = new GrainState<TestState>();
        await storage.ReadStateAsync("s", grainId, first);
        await storage.ReadStateAsync("s", grainId, second);
        await storage.WriteStateAsync("s", grainId, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", grainId, second));
    }

    /// <summary>A write without an ETag (never read) onto an existing record is refused: two first writers race.</summary>
    [Fact]
    public async Task WriteState_NoEtagButRecordExists_ThrowsInconsistentStateException()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        await storage.WriteStateAsync("s", grainId, new GrainState<TestState>());

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", grainId, new GrainState<TestState>()));
    }

    /// <summary>Clear deletes the record: ETag null, RecordExists false, state reset.</summary>
    [Fact]
    public async Task ClearState_CurrentEtag_DeletesRecord()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var state = new GrainState<TestState> { State = new TestState { Value = 3 } };
        await storage.WriteStateAsync("s", grainId, state);

        await storage.ClearStateAsync("s", grainId, state);
        var read = new GrainState<TestState>();
        await storage.ReadStateAsync("s", grainId, read);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(0, state.State.Value);
        Assert.False(read.RecordExists);
    }

    /// <summary>Clear with a stale ETag is refused.</summary>
    [Fact]
    public async Task ClearState_StaleEtag_ThrowsInconsistentStateException()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var stale = new GrainState<TestState>();
        await storage.WriteStateAsync("s", grainId, stale);
        var current = new GrainState<TestState>();
        await storage.ReadStateAsync("s", grainId, current);
        await storage.WriteStateAsync("s", grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("s", grainId, stale));
    }

    /// <summary>Records of different grain types, keys or state names never collide.</summary>
    [Fact]
    public async Task WriteState_SameKeyDifferentGrainTypeOrStateName_AreSeparateRecords()
    {
        var storage = CreateStorage();
        var key = Guid.NewGuid().ToString("N");
        await storage.WriteStateAsync("s", new GrainId("alpha", key), new GrainState<TestState> { State = new TestState { Value = 1 } });
        await storage.WriteStateAsync("s", new GrainId("beta", key), new GrainState<TestState> { State = new TestState { Value = 2 } });
        await storage.WriteStateAsync("t", new GrainId("alpha", key), new GrainState<TestState> { State = new TestState { Value = 3 } });

        var alpha = new GrainState<TestState>();
        var beta = new GrainState<TestState>();
        var other = new GrainState<TestState>();
        await storage.ReadStateAsync("s", new GrainId("alpha", key), alpha);
        await storage.ReadStateAsync("s", new GrainId("beta", key), beta);
        await storage.ReadStateAsync("t", new GrainId("alpha", key), other);

        Assert.Equal(1, alpha.State.Value);
        Assert.Equal(2, beta.State.Value);
        Assert.Equal(3, other.State.Value);
    }

    private static GrainId NewGrainId() => new("conformance", Guid.NewGuid().ToString("N"));
}
