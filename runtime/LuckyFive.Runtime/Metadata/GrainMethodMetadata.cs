using System.Reflection;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Everything the runtime needs to know about one grain interface method, computed once.</summary>
internal sealed class GrainMethodMetadata
{
    public GrainMethodMetadata(GrainInterfaceMetadata owner, MethodInfo method, int id)
    {
        Interface = owner;
        Method = method;
        Id = id;
        var parameters = method.GetParameters();
        ParameterTypes = parameters.Select(p => p.ParameterType).ToArray();
        CancellationTokenIndex = Array.FindIndex(ParameterTypes, t => t == typeof(CancellationToken));
        if (ParameterTypes.Count(t => t == typeof(CancellationToken)) > 1)
        {
            throw new InvalidOperationException($"Grain method {Describe(method)} has more than one CancellationToken parameter.");
        }

        (ReturnKind, ResultType) = Classify(method);
        IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), inherit: true);
        AlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: true);
        IsOneWay = method.IsDefined(typeof(OneWayAttribute), inherit: true);
        if (IsOneWay && ResultType != typeof(void))
        {
            throw new InvalidOperationException($"One-way grain method {Describe(method)} must return Task or ValueTask.");
        }

        AllArgumentsImmutable = ParameterTypes.All(TypeCopyPolicy.IsImmutable);
        ProxyInvoker = ProxyInvokers.Create(this);
    }

    public GrainInterfaceMetadata Interface { get; }

    public MethodInfo Method { get; }

    public int Id { get; }

    public string Name => Method.Name;

    public Type[] ParameterTypes { get; }

    /// <summary>Index of the CancellationToken parameter, or -1.</summary>
    public int CancellationTokenIndex { get; }

    public ReturnKind ReturnKind { get; }

    /// <summary>The T of Task&lt;T&gt;/ValueTask&lt;T&gt;, or typeof(void).</summary>
    public Type ResultType { get; }

    public bool IsReadOnly { get; }

    public bool AlwaysInterleave { get; }

    public bool IsOneWay { get; }

    /// <summary>Whether every parameter type is immutable, so local calls never copy arguments.</summary>
    public bool AllArgumentsImmutable { get; }

    /// <summary>What a grain reference runs when this method is called on it.</summary>
    public Func<GrainReference, object?[], object> ProxyInvoker { get; }

    public static string Describe(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";

    private static (ReturnKind, Type) Classify(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(Task))
        {
            return (ReturnKind.Task, typeof(void));
        }

        if (type == typeof(ValueTask))
        {
            return (ReturnKind.ValueTask, typeof(void));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return (ReturnKind.TaskOfT, type.GetGenericArguments()[0]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return (ReturnKind.ValueTaskOfT, type.GetGenericArguments()[0]);
        }

        throw new InvalidOperationException(
            $"Grain method {Describe(method)} returns {type.Name}; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>.");
    }
}
