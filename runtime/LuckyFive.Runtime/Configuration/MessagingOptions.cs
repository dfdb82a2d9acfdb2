namespace LuckyFive.Runtime;

/// <summary>Call semantics shared by silos and clients.</summary>
public sealed class MessagingOptions
{
    /// <summary>
    /// How long a caller waits for a response before the call fails with <see cref="TimeoutException"/>. A timeout
    /// means "unknown outcome": the runtime never re-sends a request (at-most-once). Default 30 seconds.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a request may be forwarded to repair a stale address (not a retry). Default 2.</summary>
    public int MaxForwardCount { get; set; } = 2;
}
