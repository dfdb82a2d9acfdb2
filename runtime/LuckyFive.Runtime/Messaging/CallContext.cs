namespace LuckyFive.Runtime;

/// <summary>The activation and call chain the current code runs for; flows across awaits.</summary>
internal sealed record CallScope(ActivationData? Activation, long CallChainId);

/// <summary>Ambient <see cref="CallScope"/> of the running request, timer tick or activation step.</summary>
internal static class CallContext
{
    private static readonly AsyncLocal<CallScope?> s_current = new();

    public static CallScope? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }
}
