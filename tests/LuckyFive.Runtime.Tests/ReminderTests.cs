using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class ReminderTests
{
    [Fact]
    public async Task Reminder_Registered_TicksAndSurvivesDeactivation()
    {
        await using var cluster = await TestGrains.DeployAsync(2);
        var key = $"reminder-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<IReminderGrain>(key);
        await grain.Start(periodMilliseconds: 200);
        Assert.Equal(1, await grain.CountReminders());
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "tick:r") >= 2, "the reminder ticked twice");

        await grain.Deactivate();
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "activate") >= 2, "a tick re-activated the grain");
        var ticks = GrainEvents.Count(key, "tick:r");
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "tick:r") >= ticks + 2, "ticks continued after deactivation");

        await grain.Stop();
        Assert.Equal(0, await grain.CountReminders());
    }

    [Fact]
    public async Task Reminder_OwnerSiloKilled_KeepsTickingOnSurvivor()
    {
        await using var cluster = await TestGrains.DeployAsync(3);
        var key = $"reminder-kill-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<IReminderGrain>(key);
        await grain.Start(periodMilliseconds: 200);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "tick:r") >= 2, "the reminder ticked");
        var owner = cluster.Silos.Single(s => s.RunningReminderCount > 0);

        await cluster.KillSiloAsync(owner);
        await cluster.WaitForLivenessToStabilizeAsync(didKill: true);
        var ticks = GrainEvents.Count(key, "tick:r");

        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "tick:r") >= ticks + 2, "ticks continued on a surviving silo", timeoutSeconds: 60);
        Assert.Contains(cluster.GetActiveSilos(), s => s.RunningReminderCount > 0);
    }
}
