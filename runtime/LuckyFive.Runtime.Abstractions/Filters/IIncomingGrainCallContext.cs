using System.Reflection;

namespace LuckyFive.Runtime.Abstractions;

/// <summary>An incoming grain call as seen by an <see cref="IIncomingGrainCallFilter"/>.</summary>
public interface IIncomingGrainCallContext : IGrainCallContext
{
    /// <summary>The grain class method implementing <see cref="IGrainCallContext.InterfaceMethod"/>.</summary>
    MethodInfo ImplementationMethod { get; }
}
