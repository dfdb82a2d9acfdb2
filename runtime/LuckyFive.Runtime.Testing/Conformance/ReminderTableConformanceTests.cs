using LuckyFive.Runtime.Abstractions;
using Xunit;

namespace LuckyFive.Runtime.Testing;

/// <summary>What every <see cref="IReminderTable"/> must do. Subclass it once per provider; tests use fresh grain ids.</summary>
public abstract class ReminderTableConformanceTests
{
    /// <summary>The table under test.</summary>
    protected abstract IReminderTable CreateTable();

    /// <summary>An upserted reminder can be read back with its ETag.</summary>
    [Fact]
    public async Task UpsertRow_New_CanBeReadBack()
    {
        var table = CreateTable();
        var entry = NewEntry(NewGrainId(), "r");

        var etag = await table.UpsertRow(entry);
        var read = await table.ReadRow(entry.GrainId, "r");

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(entry.Period, read.Period);
        Assert.Equal(entry.StartAt, read.StartAt, TimeSpan.FromMilliseconds(1));
    }

    /// <summary>Upserting again replaces the row and changes the ETag.</summary>
    [Fact]
    public async Task UpsertRow_Existing_ReplacesAndChangesEtag()
    {
        var table = CreateTable();
        var grainId = NewGrainId();
        var first = await table.UpsertRow(NewEntry(grainId, "r"));

        var second = await table.UpsertRow(NewEntry(grainId, "r") with { Period = TimeSpan.FromMinutes(5) });

        Assert.NotEqual(first, second);
        Assert.Equal(TimeSpan.FromMinutes(5), (await table.ReadRow(grainId, "r"))!.Period);
        Assert.Single(await table.ReadRows(grainId));
    }

    /// <summary>Remove succeeds only with the current ETag.</summary>
    [Fact]
    public async Task RemoveRow_CurrentAndStaleEtag_OnlyCurrentRemoves()
    {
        var table = CreateTable();
        var grainId = NewGrainId();
        var stale = await table.UpsertRow(NewEntry(grainId, "r"));
        var current = await table.UpsertRow(NewEntry(grainId, "r"));

        Assert.False(await table.RemoveRow(grainId, "r", stale));
        Assert.True(await table.RemoveRow(grainId, "r", current));
        Assert.Null(await table.ReadRow(grainId, "r"));
    }

    /// <summary>Reading one grain's reminders returns only that grain's.</summary>
    [Fact]
    public async Task ReadRows_ByGrain_ReturnsOnlyThatGrain()
    {
        var table = CreateTable();
        var mine = NewGrainId();
        await table.UpsertRow(NewEntry(mine, "a"));
        await table.UpsertRow(NewEntry(mine, "b"));
        await table.UpsertRow(NewEntry(NewGrainId(), "a"));

        var rows = await table.ReadRows(mine);

        Assert.Equal(["a", "b"], rows.Select(r => r.ReminderName).Order(StringComparer.Ordinal));
    }

    /// <summary>Range reads follow (begin, end], wrapping around when begin ≥ end.</summary>
    [Fact]
    public async Task ReadRows_ByRange_FollowsRingRangeRules()
    {
        var table = CreateTable();
        var grainId = NewGrainId();
        await table.UpsertRow(NewEntry(grainId, "r"));
        var hash = grainId.GetUniformHashCode();

        Assert.Contains(await table.ReadRows(hash - 1, hash), r => r.GrainId == grainId);
        Assert.DoesNotContain(await table.ReadRows(hash, hash + 1 == 0 ? 1 : hash + 1), r => r.GrainId == grainId);
        Assert.Contains(await table.ReadRows(hash + 1, hash), r => r.GrainId == grainId); // wraps: everything but (hash, hash + 1]
    }

    private static GrainId NewGrainId() => new("conformance", Guid.NewGuid().ToString("N"));

    private static ReminderEntry NewEntry(GrainId grainId, string name) => new()
    {
        GrainId = grainId,
        ReminderName = name,
        StartAt = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc),
        Period = TimeSpan.FromMinutes(1),
    };
}
