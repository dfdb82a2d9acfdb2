using System.Reflection;

namespace LuckyFive.Runtime.Abstractions;

/// <summary>A grain call as seen by a call filter.</summary>
public interface IGrainCallContext
{
    /// <summary>The grain instance (incoming calls) or reference (outgoing calls) being called.</summary>
    object Grain { get; }

    /// <summary>The calling grain, or null when the caller is a client or a timer.</summary>
    GrainId? SourceId { get; }

    /// <summary>The called grain.</summary>
    GrainId TargetId { get; }

    /// <summary>The grain interface declaring the method.</summary>
    Type InterfaceType { get; }

    /// <summary>The interface name.</summary>
    string InterfaceName { get; }

    /// <summary>The method name.</summary>
    string MethodName { get; }

    /// <summary>The interface method.</summary>
    MethodInfo InterfaceMethod { get; }

    /// <summary>The arguments (a filter may replace elements before calling <see cref="Invoke"/>).</summary>
    IList<object?> Arguments { get; }

    /// <summary>The result, available after <see cref="Invoke"/>; a filter may replace it.</summary>
    object? Result { get; set; }

    /// <summary>Calls the next filter, or the method itself.</summary>
    Task Invoke();
}
