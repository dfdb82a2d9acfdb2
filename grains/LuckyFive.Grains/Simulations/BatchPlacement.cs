namespace LuckyFive.Grains.Simulations;

/// <summary>
/// The Orleans placement strategy new contest batches are placed by (<c>LuckyFive:Simulations:BatchPlacement</c>).
/// Measured against each other in docs/decisions/0011-contest-batch-placement.md.
/// </summary>
public enum BatchPlacement
{
    /// <summary>Orleans' default: silos scored by CPU, memory and activations, a local-silo preference.</summary>
    ResourceOptimized,

    /// <summary>The fewer recently active grains of two silos picked at random.</summary>
    ActivationCount,

    /// <summary>A silo picked uniformly at random.</summary>
    Random,
}
