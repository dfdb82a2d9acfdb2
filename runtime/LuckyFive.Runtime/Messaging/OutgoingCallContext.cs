using System.Reflection;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Runs the outgoing filter chain, then the call itself.</summary>
internal sealed class OutgoingCallContext(
    GrainReference target,
    GrainMethodMetadata method,
    object?[] arguments,
    IOutgoingGrainCallFilter[] filters,
    Func<OutgoingCallContext, Task> terminal) : IOutgoingGrainCallContext
{
    private int _next;

    public object Grain => target;

    public GrainId? SourceId => CallContext.Current?.Activation?.GrainId;

    public GrainId TargetId => target.GrainId;

    public Type InterfaceType => method.Interface.InterfaceType;

    public string InterfaceName => method.Interface.Name;

    public string MethodName => method.Name;

    public MethodInfo InterfaceMethod => method.Method;

    public IList<object?> Arguments => arguments;

    public object?[] ArgumentArray => arguments;

    public object? Result { get; set; }

    public Task Invoke()
    {
        var index = _next++;
        return index < filters.Length ? filters[index].Invoke(this) : terminal(this);
    }
}
