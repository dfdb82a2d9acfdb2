using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

[Collection(DefaultClusterDefinition.Name)]
public sealed class TimerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task GrainTimer_TicksLongerThanPeriod_NeverOverlap()
    {
        var key = $"timer-{Guid.NewGuid():N}";
        var grain = fixture.Cluster.Client.GetGrain<ITimerGrain>(key);

        await grain.Start(periodMilliseconds: 5, workMilliseconds: 40);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "tick") >= 5, "five ticks ran");

        Assert.False(await grain.SawOverlap());
        Assert.True(await grain.GetTicks() >= 4);
    }

    [Fact]
    public async Task GrainTimer_AfterDeactivation_StopsTicking()
    {
        var key = $"timer-stop-{Guid.NewGuid():N}";
        var grain = fixture.Cluster.Client.GetGrain<ITimerGrain>(key);
        await grain.Start(periodMilliseconds: 10, workMilliseconds: 1);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "tick") >= 3, "the timer ticked");

        await grain.Deactivate();
        var grainId = GrainId.Create("timer", key);
        await GrainEvents.WaitUntilAsync(() => fixture.Cluster.FindSiloHosting(grainId) is null, "the activation was removed");
        var ticksAtDeactivation = GrainEvents.Count(key, "tick");
        await Task.Delay(300);

        Assert.Equal(ticksAtDeactivation, GrainEvents.Count(key, "tick"));
    }
}
