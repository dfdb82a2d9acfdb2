using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace LuckyFive.Runtime.Benchmarks;

/// <summary>
/// The reference's own cost, without the runtime behind it: a DispatchProxy that looks its method up and calls a
/// per-method delegate (what <c>GrainReference</c> does) against a hand-written class (what a generator emits).
/// Both box the argument into an object array and return a completed task.
/// </summary>
[MemoryDiagnoser]
public class ProxyDispatchBenchmarks
{
    private static readonly Task<int> s_completed = Task.FromResult(1);
    private readonly IEchoGrain _dispatchProxy = CreateDispatchProxy();
#pragma warning disable CA1859 // Called through the interface on purpose, as grain code would.
    private readonly IEchoGrain _handWritten = new HandWrittenEcho();
#pragma warning restore CA1859

    [Benchmark(Baseline = true)]
    public Task<int> DispatchProxyCall() => _dispatchProxy.Echo(1);

    [Benchmark]
    public Task<int> HandWrittenCall() => _handWritten.Echo(1);

    private static IEchoGrain CreateDispatchProxy()
    {
        var proxy = DispatchProxy.Create<IEchoGrain, LookupProxy>();
        ((LookupProxy)(object)proxy).Invokers = new Dictionary<MethodInfo, Func<object?[], object>>(ReferenceEqualityComparer.Instance)
        {
            [typeof(IEchoGrain).GetMethod(nameof(IEchoGrain.Echo))!] = static _ => s_completed,
        };
        return proxy;
    }

    public class LookupProxy : DispatchProxy
    {
        public Dictionary<MethodInfo, Func<object?[], object>> Invokers { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => Invokers[targetMethod!](args!);
    }

    private sealed class HandWrittenEcho : IEchoGrain
    {
        private static readonly Func<object?[], Task<int>> s_invoke = static _ => s_completed;

        public Task<int> Echo(int value) => s_invoke([value]);
    }
}
