using System.Diagnostics;

namespace LuckyFive.Cluster.Tests;

public sealed partial class MultiProcessClusterTests
{
    /// <summary>
    /// For whole-cluster restarts only: the crashed silos' rows go stale (no IAmAlive for 2 × 1 s) soon after the kill,
    /// so restarted silos do not wait on them. Probe timings stay the product's.
    /// </summary>
    private static readonly string[] s_quickStaleRows =
    [
        "--LuckyFive:Membership:IAmAliveTablePublishTimeout=00:00:01",
    ];

    [Fact]
    public async Task WholeCluster_KilledAndRestartedOnTheSameDatabase_ResumesStateAndReminders()
    {
        await StartSilosAsync(2, s_quickStaleRows);
        await _silos[0].CallAsync("add kept 41");
        await _silos[1].CallAsync("add kept 1");
        await _silos[0].CallAsync("tick ticker");
        await Eventually.WithinAsync(async () => (await _silos[0].CallAsync("get ticker")).Total >= 2, TimeSpan.FromSeconds(20), "two ticks");
        await Task.WhenAll(_silos.Select(s => s.KillAsync()));

        await Task.Delay(TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();
        var restarted = await StartMoreAsync(2, s_quickStaleRows);
        _silos.AddRange(restarted);
        var startedAfter = clock.Elapsed;

        Assert.Equal(42, (await restarted[1].CallAsync("get kept")).Total);
        var before = (await restarted[0].CallAsync("get ticker")).Total;
        Assert.True(before >= 2, $"the ticker's saved total was {before}");
        var resumed = await Eventually.WithinAsync(
            async () => (await restarted[0].CallAsync("get ticker")).Total >= before + 2, TimeSpan.FromSeconds(30), "the reminder firing again");
        output.WriteLine($"restart: both silos Active {startedAfter.TotalSeconds:F2} s after starting; two more ticks {resumed.TotalSeconds:F2} s later");
    }

    [Fact]
    public async Task JoiningSilo_WithADeadPeersRowStillActive_BecomesActive_AndTheDeadRowIsDeclaredDead()
    {
        await StartSilosAsync(1);
        var dead = _silos[0];
        await dead.CallAsync("add left 7");
        await dead.KillAsync();
        // Nobody is left to declare it dead.
        Assert.Equal(MembershipRows.Active, await _rows.StatusOfAsync(dead.Address));

        var clock = Stopwatch.StartNew();
        var joining = (await StartMoreAsync(1)).Single();
        _silos.Add(joining);
        var joinedAfter = clock.Elapsed;

        Assert.Equal(MembershipRows.Active, await _rows.StatusOfAsync(joining.Address));
        var declared = await Timed(_rows.WaitForStatusAsync(dead.Address, MembershipRows.Dead, TimeSpan.FromSeconds(30)), clock);
        output.WriteLine($"join beside a dead row: Active after {joinedAfter.TotalSeconds:F2} s, the dead row Dead after {declared.TotalSeconds:F2} s");
        Assert.Equal(new Reading(7, joining.Address), await joining.CallAsync("get left"));
    }
}
