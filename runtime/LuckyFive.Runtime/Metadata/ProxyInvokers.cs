namespace LuckyFive.Runtime;

/// <summary>Builds, once per method, what a grain reference returns when the method is called on it.</summary>
internal static class ProxyInvokers
{
    public static Func<GrainReference, object?[], object> Create(GrainMethodMetadata method)
    {
        var name = method.ReturnKind switch
        {
            ReturnKind.Task => nameof(ForTask),
            ReturnKind.ValueTask => nameof(ForValueTask),
            ReturnKind.TaskOfT => nameof(ForTaskOfT),
            _ => nameof(ForValueTaskOfT),
        };
        var factory = typeof(ProxyInvokers).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        if (factory.IsGenericMethodDefinition)
        {
            factory = factory.MakeGenericMethod(method.ResultType);
        }

        return (Func<GrainReference, object?[], object>)factory.Invoke(null, [method])!;
    }

    private static Func<GrainReference, object?[], object> ForTask(GrainMethodMetadata method) =>
        (reference, args) => reference.Runtime.InvokeAsync<object?>(reference, method, args);

    private static Func<GrainReference, object?[], object> ForValueTask(GrainMethodMetadata method) =>
        (reference, args) => new ValueTask(reference.Runtime.InvokeAsync<object?>(reference, method, args));

    private static Func<GrainReference, object?[], object> ForTaskOfT<T>(GrainMethodMetadata method) =>
        (reference, args) => reference.Runtime.InvokeAsync<T>(reference, method, args);

    private static Func<GrainReference, object?[], object> ForValueTaskOfT<T>(GrainMethodMetadata method) =>
        (reference, args) => new ValueTask<T>(reference.Runtime.InvokeAsync<T>(reference, method, args));
}
