namespace LuckyFive.Domain.Statistics;

/// <summary>A metric over one recipe's seed replications (<see cref="SeedReplication.Summarize"/>).</summary>
public sealed record ReplicationSummary
{
    public required int Replicates { get; init; }

    /// <summary>The replicates a recipe needs before it is ranked.</summary>
    public required int MinimumReplicates { get; init; }

    public required double Mean { get; init; }

    /// <summary>Sample standard deviation (divisor n − 1); null with a single replicate.</summary>
    public required double? StandardDeviation { get; init; }

    /// <summary>Lower end of the 95% Student t interval for the mean; null when not rankable.</summary>
    public required double? Lower95 { get; init; }

    /// <summary>Upper end of the 95% Student t interval for the mean; null when not rankable.</summary>
    public required double? Upper95 { get; init; }

    /// <summary>Enough replicates to rank the recipe: at least <see cref="MinimumReplicates"/>.</summary>
    public bool Rankable => Replicates >= MinimumReplicates;
}
