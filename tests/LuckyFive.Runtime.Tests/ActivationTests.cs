using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class ActivationTests
{
    [Fact]
    public async Task FirstCalls_ConcurrentFromManyCallersOnSeveralSilos_CreateOneActivation()
    {
        await using var cluster = await TestGrains.DeployAsync(3);
        var key = $"single-{Guid.NewGuid():N}";
        var callers = new List<Func<Task<Guid>>>();
        for (var i = 0; i < 20; i++)
        {
            callers.Add(() => cluster.Client.GetGrain<IIdentityGrain>(key).GetActivationId());
            foreach (var silo in cluster.Silos)
            {
                callers.Add(() => silo.GrainFactory.GetGrain<IIdentityGrain>(key).GetActivationId());
            }
        }

        var ids = await Task.WhenAll(callers.Select(c => Task.Run(c)));

        Assert.Single(ids.Distinct());
        Assert.Equal(1, GrainEvents.Count(key, "activate"));
        Assert.Equal(1, cluster.Silos.Count(s => s.HostsActivation(GrainId.Create("identity", key))));
    }

    [Fact]
    public async Task DeactivateOnIdle_AfterCall_NextCallCreatesNewActivation()
    {
        await using var cluster = await TestGrains.DeployAsync(1);
        var key = $"doi-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<ICounterGrain>(key);
        await grain.Increment();
        await grain.Deactivate();
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "deactivate:ApplicationRequested") == 1, "the grain deactivated");

        Assert.Equal(1, await grain.GetCount()); // Saved in OnDeactivateAsync, read back by the new activation.
        Assert.Equal(2, GrainEvents.Count(key, "activate"));
    }

    [Fact]
    public async Task OnActivateAsync_Throws_CallFailsAndNoActivationRemains()
    {
        await using var cluster = await TestGrains.DeployAsync(2);
        var key = $"failing-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<IFailingActivationGrain>(key);

        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Call());
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Call());

        Assert.Equal("activation failed on purpose", first.Message);
        Assert.Equal("activation failed on purpose", second.Message);
        Assert.Equal(2, GrainEvents.Count(key, "activate")); // Each call tried afresh: nothing half-activated stayed behind.
        var grainId = GrainId.Create("failingactivation", key);
        Assert.Null(await cluster.GrainDirectory.Lookup(grainId));
        Assert.DoesNotContain(cluster.Silos, s => s.HostsActivation(grainId));
    }

    [Fact]
    public async Task IdleCollection_ActivationIdlePastAgeLimit_IsDeactivated()
    {
        await using var cluster = await TestGrains.DeployAsync(1);
        var key = $"idle-{Guid.NewGuid():N}";
        await cluster.Client.GetGrain<ILifetimeGrain>(key).Touch();
        var grainId = GrainId.Create("shortlived", key);

        await GrainEvents.WaitUntilAsync(
            () =>
            {
                cluster.Primary.CollectIdleActivations();
                return GrainEvents.Count(key, "deactivate:ActivationIdle") == 1;
            },
            "the idle activation was collected");

        await GrainEvents.WaitUntilAsync(() => !cluster.Primary.HostsActivation(grainId), "the activation left the catalog");
    }

    [Fact]
    public async Task IdleCollection_ActivationNotYetIdleLongEnough_IsKept()
    {
        await using var cluster = await TestGrains.DeployAsync(1);
        var key = $"fresh-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<ILifetimeGrain>(key);
        await grain.Touch();
        await grain.DelayDeactivationBy(3600);
        await Task.Delay(1500);

        cluster.Primary.CollectIdleActivations();

        Assert.True(cluster.Primary.HostsActivation(GrainId.Create("shortlived", key)));
        Assert.Empty(GrainEvents.Get(key));
    }

    [Fact]
    public async Task IdleCollection_KeepAliveGrain_IsNeverCollected()
    {
        await using var cluster = await TestGrains.DeployAsync(1);
        var key = $"keepalive-{Guid.NewGuid():N}";
        await cluster.Client.GetGrain<IKeepAliveGrain>(key).Touch();
        await Task.Delay(1500);

        Assert.Equal(0, cluster.Primary.CollectIdleActivations());
        Assert.True(cluster.Primary.HostsActivation(GrainId.Create("keepalive", key)));
    }

    [Fact]
    public async Task IdleCollection_CollectorTimer_DeactivatesWithoutBeingAsked()
    {
        await using var cluster = await TestGrains.DeployAsync(1, silo => silo.Configure<GrainCollectionOptions>(o => o.CollectionQuantum = TimeSpan.FromMilliseconds(200)));
        var key = $"auto-idle-{Guid.NewGuid():N}";
        await cluster.Client.GetGrain<ILifetimeGrain>(key).Touch();

        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "deactivate:ActivationIdle") == 1, "the collector deactivated the idle grain");
    }

    [Fact]
    public async Task ActivationTimeout_OnActivateAsyncNeverCompletes_CallFailsAndTokenIsCancelled()
    {
        await using var cluster = await TestGrains.DeployAsync(1, silo => silo.Configure<GrainCollectionOptions>(o => o.ActivationTimeout = TimeSpan.FromSeconds(1)));
        var key = $"hanging-{Guid.NewGuid():N}";

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => cluster.Client.GetGrain<IHangingActivationGrain>(key).Call());

        Assert.Contains("did not complete within", exception.Message, StringComparison.Ordinal);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "activation-cancelled") == 1, "OnActivateAsync saw its token cancelled");
        Assert.False(cluster.Primary.HostsActivation(GrainId.Create("hangingactivation", key)));
        Assert.Null(await cluster.GrainDirectory.Lookup(GrainId.Create("hangingactivation", key)));
    }
}
