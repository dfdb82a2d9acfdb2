namespace LuckyFive.Runtime;

/// <summary>Activation life-cycle limits and idle collection.</summary>
public sealed class GrainCollectionOptions
{
    /// <summary>Idle time after which an activation may be collected. Default 15 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for. Default 1 minute.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per grain type collection age overrides, keyed by grain type name.</summary>
    public Dictionary<string, TimeSpan> ClassSpecificCollectionAge { get; } = new(StringComparer.Ordinal);

    /// <summary>Limit on state loading plus <c>OnActivateAsync</c>. Default 30 seconds.</summary>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit on draining requests plus <c>OnDeactivateAsync</c>. Default 30 seconds.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
