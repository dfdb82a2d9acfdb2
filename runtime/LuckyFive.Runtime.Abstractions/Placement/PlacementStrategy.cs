namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Decides which silo hosts a new activation. Strategies are data; a placement director registered for the
/// strategy type does the choosing.
/// </summary>
public abstract class PlacementStrategy
{
    /// <summary>The strategy's stable name, carried in the cluster manifest.</summary>
    public virtual string Name => GetType().Name;
}
