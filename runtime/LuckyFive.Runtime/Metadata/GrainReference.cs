using System.Reflection;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// A grain reference: a runtime proxy (System.Reflection.DispatchProxy) implementing the grain interface. Each call
/// is routed to a per-method invoker built once; see docs/decisions/runtime-0002-grain-invokers.md.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy generates a subclass at run time, so this type cannot be sealed.
internal class GrainReference : DispatchProxy, IGrainReference
#pragma warning restore CA1852
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, GrainReference> s_templates = new();

    internal RuntimeClient Runtime { get; private set; } = null!;

    internal GrainInterfaceMetadata Metadata { get; private set; } = null!;

    /// <inheritdoc />
    public GrainId GrainId { get; private set; }

    /// <inheritdoc />
    public Type InterfaceType => Metadata.InterfaceType;

    internal static object Create(RuntimeClient runtime, GrainInterfaceMetadata metadata, GrainId grainId)
    {
        // DispatchProxy.Create binds a constructor through reflection on every call (microseconds). The generated
        // proxy's only field is a per-type array of MethodInfo, so cloning one template per interface is equivalent
        // and costs a small allocation.
        var template = s_templates.GetOrAdd(metadata.InterfaceType, static type => (GrainReference)Create(type, typeof(GrainReference)));
        var proxy = (GrainReference)template.MemberwiseClone();
        proxy.Runtime = runtime;
        proxy.Metadata = metadata;
        proxy.GrainId = grainId;
        return proxy;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"GrainReference:{GrainId} ({Metadata.Name})";

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        Metadata.GetMethod(targetMethod!).ProxyInvoker(this, args ?? []);
}
