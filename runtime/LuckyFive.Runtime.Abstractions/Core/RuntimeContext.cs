namespace LuckyFive.Runtime.Abstractions;

/// <summary>Hands the activation under construction to the <see cref="Grain"/> base constructor.</summary>
internal static class RuntimeContext
{
    // Thread-static, not async-local: grain constructors are synchronous and the runtime sets and clears
    // this around the constructor call on the same thread.
    [ThreadStatic]
    private static IGrainContext? t_constructing;

    internal static IGrainContext? Constructing
    {
        get => t_constructing;
        set => t_constructing = value;
    }
}
