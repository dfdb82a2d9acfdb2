using System.Collections.Concurrent;
using System.Diagnostics;
using LuckyFive.Runtime.Tests.Fixtures;

namespace LuckyFive.Runtime.Tests;

public sealed class ActivityPropagationTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public ActivityPropagationTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GrainCallActivities.ApplicationSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task ClientCallsGrainThatCallsAnother_EverySpanJoinsTheCallersTrace()
    {
        await using var cluster = await DeployTracedAsync();
        using var root = new Activity("request").Start();

        var seen = await cluster.Client.GetGrain<ITracedGrain>($"a-{Guid.NewGuid():N}").DescribeOther($"b-{Guid.NewGuid():N}");

        var spans = SpansOf(root);
        var clientToA = Assert.Single(spans, s => s.Kind == ActivityKind.Client && s.ParentSpanId == root.SpanId);
        var serverA = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.ParentSpanId == clientToA.SpanId);
        var clientToB = Assert.Single(spans, s => s.Kind == ActivityKind.Client && s.ParentSpanId == serverA.SpanId);
        var serverB = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.ParentSpanId == clientToB.SpanId);
        Assert.Equal(4, spans.Count);
        Assert.Equal(root.TraceId.ToHexString(), seen.TraceId);
        Assert.Equal(serverB.SpanId.ToHexString(), seen.SpanId);
        Assert.Equal($"{typeof(ITracedGrain).FullName}/{nameof(ITracedGrain.DescribeOther)}", serverA.DisplayName);
        Assert.Equal("luckyfive", serverB.GetTagItem("rpc.system"));
        Assert.Equal(nameof(ITracedGrain.Describe), serverB.GetTagItem("rpc.method"));
        Assert.Equal(serverA.GetTagItem("luckyfive.grain.id"), serverB.GetTagItem("luckyfive.source.id"));
    }

    [Fact]
    public async Task Baggage_SetByTheCaller_ReachesGrainsDownstream()
    {
        await using var cluster = await DeployTracedAsync();
        using var root = new Activity("request").AddBaggage("tenant", "t-42").Start();

        var seen = await cluster.Client.GetGrain<ITracedGrain>($"a-{Guid.NewGuid():N}").DescribeOther($"b-{Guid.NewGuid():N}");

        Assert.Equal("t-42", seen.Baggage);
    }

    [Fact]
    public async Task GrainThrows_ServerAndClientSpansAreMarkedFailed()
    {
        await using var cluster = await DeployTracedAsync();
        using var root = new Activity("request").Start();

        await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Client.GetGrain<ITracedGrain>($"f-{Guid.NewGuid():N}").Fail());

        var spans = SpansOf(root);
        Assert.Equal([ActivityKind.Server, ActivityKind.Client], spans.Select(s => s.Kind).Order()); // Server = 1, Client = 2
        Assert.All(spans, s =>
        {
            Assert.Equal(ActivityStatusCode.Error, s.Status);
            Assert.Equal("traced failure", s.StatusDescription);
            Assert.Equal(typeof(InvalidOperationException).FullName, s.GetTagItem("error.type"));
        });
    }

    [Fact]
    public async Task WithoutPropagation_GrainCallsCreateNoSpans()
    {
        await using var cluster = await TestGrains.DeployAsync(1);
        using var root = new Activity("request").Start();

        await cluster.Client.GetGrain<ITracedGrain>($"a-{Guid.NewGuid():N}").DescribeOther($"b-{Guid.NewGuid():N}");

        Assert.Empty(SpansOf(root));
    }

    private static async Task<TestCluster> DeployTracedAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.ConfigureSilo(silo => silo.AddTestGrains().AddActivityPropagation());
        builder.ConfigureClient(client => client.AddActivityPropagation());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    // Listeners are process-wide and tests run in parallel: keep only this test's trace.
    private List<Activity> SpansOf(Activity root) => _stopped.Where(s => s.TraceId == root.TraceId).ToList();
}
