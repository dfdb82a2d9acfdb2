using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Reminders;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;

namespace LuckyFive.Runtime.Postgres.Tests.Reminders;

[Collection(PostgresTests.Name)]
public sealed class PostgresReminderTableTests(PostgresFixture postgres) : MigratedDatabaseTests(postgres)
{
    private static readonly DateTime Start = new(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc);
    [Fact]
    public async Task Upsert_ThenRead_RoundTripsTheReminderWithANewETagEachTime()
    {
        var table = new PostgresReminderTable(Database, "svc");
        var grain = GrainId.Create("simulation", "s-9");

        var first = await table.UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(1)));
        var second = await table.UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(5)));
        var row = await table.ReadRow(grain, "resume");

        Assert.NotEqual(first, second);
        Assert.NotNull(row);
        Assert.Equal(second, row.ETag);
        Assert.Equal(TimeSpan.FromMinutes(5), row.Period);
        Assert.Equal(Start, row.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Single(await table.ReadRows(grain));
    }

    [Fact]
    public async Task RemoveRow_StaleETag_IsRefusedAndCurrentOneRemoves()
    {
        var table = new PostgresReminderTable(Database, "svc");
        var grain = GrainId.Create("sweep", "w-1");
        var stale = await table.UpsertRow(Entry(grain, "tick", TimeSpan.FromSeconds(30)));
        var current = await table.UpsertRow(Entry(grain, "tick", TimeSpan.FromSeconds(30)));

        Assert.False(await table.RemoveRow(grain, "tick", stale));
        Assert.False(await table.RemoveRow(grain, "tick", "not-a-version"));
        Assert.True(await table.RemoveRow(grain, "tick", current));
        Assert.Null(await table.ReadRow(grain, "tick"));
    }

    [Fact]
    public async Task ReadRows_HashRanges_PartitionTheRingExactly()
    {
        var table = new PostgresReminderTable(Database, "svc");
        var grains = Enumerable.Range(0, 60).Select(i => GrainId.Create("batch", $"g{i}")).ToArray();
        foreach (var grain in grains)
        {
            await table.UpsertRow(Entry(grain, "r", TimeSpan.FromMinutes(1)));
        }

        // Three ranges that cover the ring once, one of them wrapping past zero.
        uint a = 0x4000_0000, b = 0x9000_0000, c = 0xE000_0000;
        var parts = new[] { await table.ReadRows(a, b), await table.ReadRows(b, c), await table.ReadRows(c, a) };

        Assert.Equal(60, parts.Sum(p => p.Count));
        Assert.Equal(grains.OrderBy(g => g.ToString()), parts.SelectMany(p => p).Select(r => r.GrainId).OrderBy(g => g.ToString()));
        Assert.All(parts[2], r => Assert.True(r.GrainId.GetUniformHashCode() is > 0xE000_0000 or <= 0x4000_0000));
        Assert.Equal(60, (await table.ReadRows(7, 7)).Count);
    }

    [Fact]
    public async Task Rows_OfAnotherService_AreInvisible()
    {
        var grain = GrainId.Create("ledger", "x");
        await new PostgresReminderTable(Database, "svc-a").UpsertRow(Entry(grain, "r", TimeSpan.FromMinutes(1)));

        var other = new PostgresReminderTable(Database, "svc-b");

        Assert.Empty(await other.ReadRows(grain));
        Assert.Empty(await other.ReadRows(0, 0));
    }

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = Start, Period = period };
}
