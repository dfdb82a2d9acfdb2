namespace LuckyFive.Runtime.Abstractions;

/// <summary>Places stateless workers in a local pool on the silo that handles the call.</summary>
/// <param name="maxLocal">Largest pool size per silo.</param>
public sealed class StatelessWorkerPlacement(int maxLocal) : PlacementStrategy
{
    /// <summary>Largest pool size per silo.</summary>
    public int MaxLocal { get; } = maxLocal;
}
