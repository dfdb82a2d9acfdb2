using System.Reflection;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Runs the incoming filter chain (silo filters, then the grain's own), then the method.</summary>
internal sealed class IncomingCallContext(
    object grain,
    GrainMethodInvoker invoker,
    GrainId target,
    GrainId? source,
    object?[] arguments,
    IReadOnlyList<IIncomingGrainCallFilter> filters,
    CancellationToken cancellationToken) : IIncomingGrainCallContext
{
    private int _next;

    public object Grain => grain;

    public GrainId? SourceId => source;

    public GrainId TargetId => target;

    public Type InterfaceType => invoker.Method.Interface.InterfaceType;

    public string InterfaceName => invoker.Method.Interface.Name;

    public string MethodName => invoker.Method.Name;

    public MethodInfo InterfaceMethod => invoker.Method.Method;

    public MethodInfo ImplementationMethod => invoker.ImplementationMethod;

    public IList<object?> Arguments => arguments;

    public object? Result { get; set; }

    public async Task Invoke()
    {
        var index = _next++;
        if (index < filters.Count)
        {
            await filters[index].Invoke(this);
            return;
        }

        Result = await invoker.Invoke(grain, arguments, cancellationToken);
    }
}
