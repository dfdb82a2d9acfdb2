namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Makes a grain class a stateless worker: each silo runs a local pool of up to <see cref="MaxLocalWorkers"/>
/// activations per key, not registered in the grain directory and not individually addressable.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class StatelessWorkerAttribute : PlacementAttribute
{
    /// <summary>A pool of up to <see cref="Environment.ProcessorCount"/> workers per silo.</summary>
    public StatelessWorkerAttribute()
        : this(Environment.ProcessorCount)
    {
    }

    /// <summary>A pool of up to <paramref name="maxLocalWorkers"/> workers per silo.</summary>
    public StatelessWorkerAttribute(int maxLocalWorkers)
        : this(maxLocalWorkers, removeIdleWorkers: true)
    {
    }

    /// <summary>A pool of up to <paramref name="maxLocalWorkers"/> workers per silo.</summary>
    /// <param name="maxLocalWorkers">Largest pool size per silo.</param>
    /// <param name="removeIdleWorkers">Whether idle workers are collected.</param>
    public StatelessWorkerAttribute(int maxLocalWorkers, bool removeIdleWorkers)
        : base(new StatelessWorkerPlacement(maxLocalWorkers))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLocalWorkers, 1);
        MaxLocalWorkers = maxLocalWorkers;
        RemoveIdleWorkers = removeIdleWorkers;
    }

    /// <summary>Largest pool size per silo.</summary>
    public int MaxLocalWorkers { get; }

    /// <summary>Whether idle workers are collected.</summary>
    public bool RemoveIdleWorkers { get; }
}
