using LuckyFive.Runtime.Abstractions;
using Xunit;

namespace LuckyFive.Runtime.Testing;

/// <summary>
/// What every <see cref="IMembershipTable"/> must do: compare-and-swap on the table version for every row change,
/// row ETags, and IAmAlive updates that leave the version alone. Each test gets a fresh, empty cluster table.
/// </summary>
public abstract class MembershipTableConformanceTests
{
    /// <summary>A table for a new, empty cluster.</summary>
    protected abstract Task<IMembershipTable> CreateTableAsync();

    /// <summary>
    /// True when the table stamps IAmAlive with its own clock (as the PostgreSQL table does, in database time)
    /// rather than storing the time the silo sent.
    /// </summary>
    protected virtual bool HeartbeatUsesStoreClock => false;

    /// <summary>An empty table still has a version.</summary>
    [Fact]
    public async Task ReadAll_EmptyTable_ReturnsNoRowsAndAVersion()
    {
        var table = await CreateTableAsync();

        var data = await table.ReadAll();

        Assert.Empty(data.Members);
        Assert.NotNull(data.Version);
    }

    /// <summary>Insert with the next version succeeds and bumps the version.</summary>
    [Fact]
    public async Task InsertRow_NextVersion_SucceedsAndBumpsVersion()
    {
        var table = await CreateTableAsync();
        var before = await table.ReadAll();

        Assert.True(await table.InsertRow(NewEntry(), before.Version.Next()));

        var after = await table.ReadAll();
        Assert.Single(after.Members);
        Assert.Equal(before.Version.Version + 1, after.Version.Version);
    }

    /// <summary>Insert with a stale version fails.</summary>
    [Fact]
    public async Task InsertRow_StaleVersion_Fails()
    {
        var table = await CreateTableAsync();
        var stale = await table.ReadAll();
        Assert.True(await table.InsertRow(NewEntry(), stale.Version.Next()));

        Assert.False(await table.InsertRow(NewEntry(), stale.Version.Next()));
        Assert.Single((await table.ReadAll()).Members);
    }

    /// <summary>Inserting the same silo twice fails.</summary>
    [Fact]
    public async Task InsertRow_SameSiloTwice_Fails()
    {
        var table = await CreateTableAsync();
        var entry = NewEntry();
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));

        Assert.False(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
    }

    /// <summary>Update succeeds with the row's ETag and the next version, and fails with a stale ETag or version.</summary>
    [Fact]
    public async Task UpdateRow_EtagAndVersion_AreBothChecked()
    {
        var table = await CreateTableAsync();
        var entry = NewEntry();
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        var read = await table.ReadAll();
        var (row, etag) = read.Members.Single();

        Assert.False(await table.UpdateRow(row with { Status = SiloStatus.Active }, etag, read.Version));
        Assert.True(await table.UpdateRow(row with { Status = SiloStatus.Active }, etag, read.Version.Next()));
        Assert.False(await table.UpdateRow(row with { Status = SiloStatus.Dead }, etag, (await table.ReadAll()).Version.Next()));

        var (updated, _) = (await table.ReadRow(entry.SiloAddress)).Members.Single();
        Assert.Equal(SiloStatus.Active, updated.Status);
    }

    /// <summary>Votes written with a status change are read back.</summary>
    [Fact]
    public async Task UpdateRow_WithSuspectVotes_StoresVotes()
    {
        var table = await CreateTableAsync();
        var entry = NewEntry();
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        var read = await table.ReadAll();
        var (row, etag) = read.Members.Single();
        var voter = new SiloAddress("voter", 1);

        Assert.True(await table.UpdateRow(row with { SuspectTimes = [new SuspectVote(voter, DateTime.UtcNow)] }, etag, read.Version.Next()));

        Assert.Equal(voter, (await table.ReadAll()).Members.Single().Entry.SuspectTimes.Single().Voter);
    }

    /// <summary>IAmAlive updates the heartbeat only and leaves the version alone.</summary>
    [Fact]
    public async Task UpdateIAmAlive_ChangesHeartbeatNotVersion()
    {
        var table = await CreateTableAsync();
        var entry = NewEntry();
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        var before = await table.ReadAll();
        var heartbeat = entry.IAmAliveTime.AddMinutes(1);

        await table.UpdateIAmAlive(entry with { IAmAliveTime = heartbeat, Status = SiloStatus.Dead });

        var after = await table.ReadAll();
        Assert.Equal(before.Version.Version, after.Version.Version);
        var stored = after.Members.Single().Entry.IAmAliveTime;
        if (HeartbeatUsesStoreClock)
        {
            Assert.True(stored >= before.Members.Single().Entry.IAmAliveTime, $"heartbeat went back to {stored:O}");
            Assert.InRange(stored, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));
        }
        else
        {
            Assert.Equal(heartbeat, stored, TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(SiloStatus.Joining, after.Members.Single().Entry.Status);
    }

    private static MembershipEntry NewEntry()
    {
        var now = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        return new MembershipEntry
        {
            SiloAddress = new SiloAddress($"silo-{Guid.NewGuid():N}", 1),
            SiloName = "conformance",
            Status = SiloStatus.Joining,
            StartTime = now,
            IAmAliveTime = now,
        };
    }
}
