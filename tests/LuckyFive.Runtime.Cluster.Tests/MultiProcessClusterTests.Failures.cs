using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime.Cluster.Tests;

public sealed partial class MultiProcessClusterTests
{
    [Fact]
    public async Task KilledSilo_IsDeclaredDeadWithinTenSecondsAndItsGrainsComeBackWithTheirState()
    {
        await StartSilosAsync(3);
        var victim = _silos[2];
        var lost = await KeyHostedByAsync(victim);
        await victim.SendAsync($"add {lost} 9");

        await victim.KillAsync();
        var rows = new MembershipRows(_database, _clusterId);
        var declared = await MembershipRows.WaitUntilAsync(
            async () => await rows.StatusOf(victim.Address) == SiloStatus.Dead, TimeSpan.FromSeconds(30), "the killed silo declared dead");

        Assert.True(declared < TimeSpan.FromSeconds(10), $"declared dead after {declared.TotalSeconds:F1} s");
        var answer = await _silos[0].SendAsync($"get {lost}");
        Assert.Equal(10, Total(answer));
        Assert.NotEqual(victim.Address, Silo(answer));
    }

    [Fact]
    public async Task GracefulStop_SavesStateOnDeactivationAndLeavesTheClusterDead()
    {
        await StartSilosAsync(2);
        var leaving = _silos[1];
        var key = await KeyHostedByAsync(leaving);
        await leaving.SendAsync($"add-unsaved {key} 5");

        await leaving.TerminateAsync();

        var rows = new MembershipRows(_database, _clusterId);
        Assert.Equal(SiloStatus.Dead, await rows.StatusOf(leaving.Address));
        foreach (var phase in new[] { "announce ShuttingDown", "deactivate grains", "announce Dead" })
        {
            Assert.Contains(leaving.Log, line => line.Contains($"shutdown phase '{phase}", StringComparison.Ordinal));
        }

        var answer = await _silos[0].SendAsync($"get {key}");
        Assert.Equal(6, Total(answer));
        Assert.Equal(_silos[0].Address, Silo(answer));
    }

    [Fact]
    public async Task WholeCluster_RestartedOnTheSameDatabase_ResumesTheGrainsState()
    {
        await StartSilosAsync(2);
        await _silos[0].SendAsync("add survivor 41");
        await _silos[1].SendAsync("add survivor 1");
        foreach (var silo in _silos)
        {
            await silo.KillAsync();
        }

        // The crashed silos' rows go stale (the test silos publish IAmAlive every 2 s and allow 2 misses).
        await Task.Delay(TimeSpan.FromSeconds(5));
        var restarted = await SiloProcess.StartAsync(_clusterId, _connectionString);
        _silos.Add(restarted);

        var answer = await restarted.SendAsync("get survivor");
        Assert.Equal(42, Total(answer));
        // The crashed silos' rows were declared dead and, past DefunctSiloExpiration (3 s here), removed.
        var rows = await new LuckyFive.Runtime.Postgres.Membership.PostgresMembershipTable(_database, _clusterId).ReadAll();
        Assert.Equal([restarted.Address], rows.Members.Select(m => m.Entry.SiloAddress.Endpoint));
    }

    [Fact]
    public async Task Reminder_WholeClusterKilledAndRestarted_FiresAgain()
    {
        await StartSilosAsync(1);
        await _silos[0].SendAsync("tick ticker");
        await MembershipRows.WaitUntilAsync(async () => Total(await _silos[0].SendAsync("get ticker")) >= 2, TimeSpan.FromSeconds(30), "two ticks");
        await _silos[0].KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));

        var restarted = await SiloProcess.StartAsync(_clusterId, _connectionString);
        _silos.Add(restarted);
        var before = Total(await restarted.SendAsync("get ticker"));

        await MembershipRows.WaitUntilAsync(
            async () => Total(await restarted.SendAsync("get ticker")) >= before + 2, TimeSpan.FromSeconds(30), "the reminder firing after the restart");
    }

    [Fact]
    public async Task JoiningSilo_AnActiveSiloIsUnreachable_SaysSoAndStillJoins()
    {
        await StartSilosAsync(2);
        await _silos[1].KillAsync();

        var joining = await SiloProcess.StartAsync(_clusterId, _connectionString);
        _silos.Add(joining);

        await MembershipRows.WaitUntilAsync(
            () => Task.FromResult(joining.Log.Any(line => line.Contains($"could not reach active silo {_silos[1].Address}", StringComparison.Ordinal))),
            TimeSpan.FromSeconds(10),
            "the joining silo logged the unreachable peer");
        var rows = new MembershipRows(_database, _clusterId);
        Assert.Equal(SiloStatus.Active, await rows.StatusOf(joining.Address));
    }
}
