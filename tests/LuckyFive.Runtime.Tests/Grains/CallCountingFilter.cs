using System.Collections.Concurrent;

namespace LuckyFive.Runtime.Tests.Grains;

/// <summary>Counts incoming calls per method and tags results of one method, to show filters run around calls.</summary>
public sealed class CallCountingFilter : IIncomingGrainCallFilter
{
    public static ConcurrentDictionary<string, int> Calls { get; } = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Calls.AddOrUpdate($"{context.InterfaceName}.{context.MethodName}", 1, (_, count) => count + 1);
        if (context.MethodName == nameof(IFilteredGrain.Echo))
        {
            context.Arguments[0] = "filtered:" + context.Arguments[0];
        }

        await context.Invoke();
        if (context.MethodName == nameof(IFilteredGrain.Echo))
        {
            context.Result = context.Result + ":after";
        }
    }
}

public sealed class TaggingOutgoingFilter : IOutgoingGrainCallFilter
{
    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequestContext.Set("outgoing-filter", context.MethodName);
        await context.Invoke();
    }
}

public interface IFilteredGrain : IGrainWithStringKey
{
    Task<string> Echo(string value);

    Task<string?> ReadTag();
}

public sealed class FilteredGrain : Grain, IFilteredGrain
{
    public Task<string> Echo(string value) => Task.FromResult(value);

    public Task<string?> ReadTag() => Task.FromResult(RequestContext.Get("outgoing-filter") as string);
}
