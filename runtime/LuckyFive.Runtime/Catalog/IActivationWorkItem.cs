namespace LuckyFive.Runtime;

/// <summary>Work other than a request that an activation admits and runs as turns (timer ticks).</summary>
internal interface IActivationWorkItem
{
    /// <summary>Whether the item may interleave with requests.</summary>
    bool Interleave { get; }

    /// <summary>The call chain of the running item, so calls it makes may come back in.</summary>
    long CallChainId { get; }

    Task RunAsync();
}
