using System.Diagnostics;

namespace LuckyFive.Runtime.Tests.Grains;

/// <summary>What a grain saw of the current span while handling a call.</summary>
public sealed record SpanView(string? TraceId, string? SpanId, string? Baggage);

public interface ITracedGrain : IGrainWithStringKey
{
    /// <summary>The current span's trace id, span id and the "tenant" baggage item.</summary>
    Task<SpanView> Describe();

    /// <summary>Asks another traced grain to <see cref="Describe"/> itself.</summary>
    Task<SpanView> DescribeOther(string otherKey);

    Task Fail();
}

public sealed class TracedGrain : Grain, ITracedGrain
{
    public Task<SpanView> Describe()
    {
        var current = Activity.Current;
        return Task.FromResult(new SpanView(current?.TraceId.ToHexString(), current?.SpanId.ToHexString(), current?.GetBaggageItem("tenant")));
    }

    public Task<SpanView> DescribeOther(string otherKey) => GrainFactory.GetGrain<ITracedGrain>(otherKey).Describe();

    public Task Fail() => throw new InvalidOperationException("traced failure");
}
