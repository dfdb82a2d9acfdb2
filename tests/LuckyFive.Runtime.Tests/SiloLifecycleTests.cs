using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class SiloLifecycleTests
{
    [Fact]
    public async Task StopSilo_Graceful_RunsOnDeactivateAndSavesState()
    {
        await using var cluster = await TestGrains.DeployAsync(3);
        var key = $"graceful-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<ICounterGrain>(key);
        for (var i = 0; i < 3; i++)
        {
            await grain.Increment(); // In memory only: CounterGrain writes in OnDeactivateAsync.
        }

        var host = cluster.FindSiloHosting(GrainId.Create("counter", key))!;
        await cluster.StopSiloAsync(host);

        Assert.Equal(1, GrainEvents.Count(key, "deactivate:ShuttingDown"));
        Assert.Equal(3, await grain.GetCount());
        Assert.NotEqual(host.SiloAddress.ToString(), await grain.GetSilo());
    }

    [Fact]
    public async Task KillSilo_Ungraceful_LosesOnlyUnsavedStateAndReactivatesOnSurvivor()
    {
        await using var cluster = await TestGrains.DeployAsync(3);
        var key = $"kill-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<IStateGrain>(key);
        await grain.IncrementAndSave();
        await grain.IncrementAndSave();
        await grain.IncrementUnsaved();
        await grain.IncrementUnsaved();
        var host = cluster.FindSiloHosting(GrainId.Create("state", key))!;

        await cluster.KillSiloAsync(host);
        await cluster.WaitForLivenessToStabilizeAsync(didKill: true);

        Assert.Equal(2, await grain.GetCount());
        Assert.DoesNotContain(GrainEvents.Get(key), e => e.StartsWith("deactivate", StringComparison.Ordinal));
        Assert.Equal(2, GrainEvents.Count(key, "activate"));
        Assert.NotEqual(host.SiloAddress.ToString(), await grain.GetSilo());
    }

    [Fact]
    public async Task StartAdditionalSilo_JoinsAndHostsNewActivations()
    {
        await using var cluster = await TestGrains.DeployAsync(1);
        var added = await cluster.StartAdditionalSiloAsync();
        await cluster.WaitForLivenessToStabilizeAsync();

        var silos = new HashSet<string>();
        for (var i = 0; i < 40; i++)
        {
            silos.Add(await cluster.Client.GetGrain<IPlacedGrain>(50_000 + i, typeof(CountPlacedGrain).FullName).GetSilo());
        }

        Assert.Contains(added.SiloAddress.ToString(), silos);
        Assert.Equal(2, cluster.GetActiveSilos().Count);
    }

    [Fact]
    public async Task DirectoryEntryLost_MembershipChanges_OrphanedActivationIsDeactivated()
    {
        await using var cluster = await TestGrains.DeployAsync(2);
        var key = $"orphan-{Guid.NewGuid():N}";
        var grain = cluster.Client.GetGrain<IStateGrain>(key);
        await grain.IncrementAndSave();
        var firstActivation = await grain.GetActivationId();
        var grainId = GrainId.Create("state", key);
        var entry = await cluster.GrainDirectory.Lookup(grainId);
        Assert.NotNull(entry);

        await cluster.GrainDirectory.Unregister(entry);
        await cluster.StartAdditionalSiloAsync();

        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "deactivate:DirectoryFailure") == 1, "the orphan was deactivated");
        Assert.NotEqual(firstActivation, await grain.GetActivationId());
        Assert.Equal(1, await grain.GetCount());
    }
}
