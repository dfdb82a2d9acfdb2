using LuckyFive.Runtime.Tests.Fixtures;
using LuckyFive.Runtime.Tests.Grains.Invalid;

namespace LuckyFive.Runtime.Tests;

[Collection(DefaultClusterDefinition.Name)]
public sealed class CallTests(ClusterFixture fixture)
{
    private IClusterClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task GrainThrows_FromClient_CallerSeesTypeAndMessage()
    {
        var grain = Client.GetGrain<IBehaviourGrain>($"throw-{Guid.NewGuid():N}");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Throw("boom"));
        var other = await Assert.ThrowsAsync<KeyNotFoundException>(() => grain.ThrowCustom("missing"));

        Assert.Equal("boom", exception.Message);
        Assert.Equal("missing", other.Message);
    }

    [Fact]
    public async Task GrainThrows_FromGrainInsideSilo_CallerSeesSameException()
    {
        var grain = fixture.Cluster.Primary.GrainFactory.GetGrain<IBehaviourGrain>($"throw-local-{Guid.NewGuid():N}");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Throw("local boom"));

        Assert.Equal("local boom", exception.Message);
    }

    [Fact]
    public async Task Cancellation_CallerCancels_CalleeObservesIt()
    {
        var key = $"cancel-{Guid.NewGuid():N}";
        var grain = Client.GetGrain<IBehaviourGrain>(key);
        using var cancellation = new CancellationTokenSource();
        var call = grain.WaitForCancellation(cancellation.Token);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "waiting") == 1, "the grain started waiting");

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await GrainEvents.WaitUntilAsync(() => GrainEvents.Count(key, "cancelled") == 1, "the grain saw the cancellation");
    }

    [Fact]
    public async Task Cancellation_TokenAlreadyCancelled_CallIsNotSent()
    {
        var key = $"precancelled-{Guid.NewGuid():N}";
        var grain = Client.GetGrain<IBehaviourGrain>(key);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => grain.WaitForCancellation(new CancellationToken(canceled: true)));

        Assert.Empty(GrainEvents.Get(key));
    }

    [Fact]
    public async Task RequestContext_SetByCaller_FlowsDownstream()
    {
        var grain = Client.GetGrain<IBehaviourGrain>($"context-{Guid.NewGuid():N}");
        RequestContext.Set("correlation", "abc-123");
        try
        {
            Assert.Equal("abc-123", await grain.GetContextValue("correlation"));
            Assert.Equal("abc-123", await grain.GetContextValueThrough($"context-other-{Guid.NewGuid():N}", "correlation"));
        }
        finally
        {
            RequestContext.Clear();
        }

        Assert.Null(await grain.GetContextValue("correlation"));
    }

    [Fact]
    public async Task GrainReference_PassedAsArgument_CanBeCalled()
    {
        var target = Client.GetGrain<IPingGrain>(Random.Shared.NextInt64(1_000_000, 2_000_000));
        var grain = Client.GetGrain<IBehaviourGrain>($"ref-{Guid.NewGuid():N}");

        Assert.Equal(11, await grain.CallThroughReference(target, 10));
    }

    [Fact]
    public async Task Argument_CannotBeSerialized_FailsWithItsTypeName()
    {
        var grain = Client.GetGrain<IBehaviourGrain>($"cycle-{Guid.NewGuid():N}");
        var node = new Node { Value = 1 };
        node.Next = node;

        var exception = await Assert.ThrowsAsync<GrainSerializationException>(() => grain.Accept(node));

        Assert.Contains(typeof(Node).FullName!, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetGrain_InterfaceNoSiloHosts_FailsFast()
    {
        var exception = Assert.Throws<GrainTypeNotFoundException>(() => Client.GetGrain<IUnhostedGrain>("nobody"));

        Assert.Contains(nameof(IUnhostedGrain), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGrain_ByIdOfUnknownGrainType_CallFailsFast()
    {
        var grain = Client.GetGrain<IPingGrain>(GrainId.Create("nosuchtype", 5));

        var exception = await Assert.ThrowsAsync<GrainTypeNotFoundException>(() => grain.Ping(1));

        Assert.Contains("nosuchtype", exception.Message, StringComparison.Ordinal);
    }
}
