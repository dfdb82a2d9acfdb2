using System.Linq.Expressions;
using System.Reflection;

namespace LuckyFive.Runtime;

/// <summary>
/// Calls one interface method on a grain instance through a compiled delegate: no reflection on the hot path,
/// and every return shape adapted to <see cref="ValueTask{TResult}"/> of object.
/// </summary>
internal sealed class GrainMethodInvoker
{
    private readonly Func<object, object?[], CancellationToken, ValueTask<object?>> _invoke;
    private readonly Type _classType;
    private MethodInfo? _implementation;

    public GrainMethodInvoker(Type classType, GrainMethodMetadata method)
    {
        _classType = classType;
        Method = method;
        _invoke = Compile(method);
    }

    public GrainMethodMetadata Method { get; }

    /// <summary>The silo's call counters for this method (set by <see cref="RuntimeMetrics"/>).</summary>
    public object? Counters { get; set; }

    /// <summary>The grain class method implementing the interface method, found on first use (filters only).</summary>
    public MethodInfo ImplementationMethod => _implementation ??= FindImplementation();

    public ValueTask<object?> Invoke(object grain, object?[] arguments, CancellationToken cancellationToken) =>
        _invoke(grain, arguments, cancellationToken);

    private MethodInfo FindImplementation()
    {
        var map = _classType.GetInterfaceMap(Method.Method.DeclaringType!);
        var index = Array.IndexOf(map.InterfaceMethods, Method.Method);
        return index >= 0 ? map.TargetMethods[index] : Method.Method;
    }

    private static Func<object, object?[], CancellationToken, ValueTask<object?>> Compile(GrainMethodMetadata method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var token = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var callArguments = method.ParameterTypes
            .Select((type, i) => i == method.CancellationTokenIndex
                ? (Expression)token
                : Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), type))
            .ToArray();
        var call = Expression.Call(Expression.Convert(grain, method.Method.DeclaringType!), method.Method, callArguments);
        var adapter = method.ReturnKind switch
        {
            ReturnKind.Task => typeof(InvokeAdapters).GetMethod(nameof(InvokeAdapters.FromTask))!,
            ReturnKind.ValueTask => typeof(InvokeAdapters).GetMethod(nameof(InvokeAdapters.FromValueTask))!,
            ReturnKind.TaskOfT => typeof(InvokeAdapters).GetMethod(nameof(InvokeAdapters.FromTaskOfT))!.MakeGenericMethod(method.ResultType),
            _ => typeof(InvokeAdapters).GetMethod(nameof(InvokeAdapters.FromValueTaskOfT))!.MakeGenericMethod(method.ResultType),
        };
        var body = Expression.Call(adapter, call);
        return Expression.Lambda<Func<object, object?[], CancellationToken, ValueTask<object?>>>(body, grain, args, token).Compile();
    }
}

/// <summary>Adapts the four grain return shapes to ValueTask of object, without allocating when already complete.</summary>
internal static class InvokeAdapters
{
    public static ValueTask<object?> FromTask(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>((object?)null) : Await(task);

        static async ValueTask<object?> Await(Task task)
        {
            await task;
            return null;
        }
    }

    public static ValueTask<object?> FromTaskOfT<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

        static async ValueTask<object?> Await(Task<T> task) => await task;
    }

    public static ValueTask<object?> FromValueTask(ValueTask task)
    {
        return task.IsCompletedSuccessfully ? new ValueTask<object?>((object?)null) : Await(task);

        static async ValueTask<object?> Await(ValueTask task)
        {
            await task;
            return null;
        }
    }

    public static ValueTask<object?> FromValueTaskOfT<T>(ValueTask<T> task)
    {
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

        static async ValueTask<object?> Await(ValueTask<T> task) => await task;
    }
}
