using LuckyFive.Domain.Recipes;

namespace LuckyFive.Domain.Sweeps;

/// <summary>
/// A validated sweep: a base recipe, the parameters to vary, constraints, sampling and replication settings.
/// Built only by <see cref="SweepSpecJson.Parse"/>, which has already checked every generated value and the cap.
/// </summary>
public sealed class SweepSpec
{
    public const int CurrentVersion = 1;
    public const int DefaultMaxVariations = 10_000;
    public const int MaxMaxVariations = 1_000_000;
    public const int MaxReplicates = 1_000;

    internal SweepSpec(
        string name,
        string? description,
        Recipe baseRecipe,
        ulong seed,
        int samples,
        int replicates,
        int maxVariations,
        long variationBound,
        IReadOnlyList<SweptParameter> parameters,
        IReadOnlyList<SweepConstraint> constraints)
    {
        Name = name;
        Description = description;
        BaseRecipe = baseRecipe;
        Seed = seed;
        Samples = samples;
        Replicates = replicates;
        MaxVariations = maxVariations;
        VariationBound = variationBound;
        Parameters = parameters;
        Constraints = constraints;
    }

    public int Version { get; } = CurrentVersion;

    public string Name { get; }

    public string? Description { get; }

    public Recipe BaseRecipe { get; }

    /// <summary>Seeds the random generators (defaults to the base recipe's seed).</summary>
    public ulong Seed { get; }

    /// <summary>Random samples crossed with the grid; 1 when no parameter is random.</summary>
    public int Samples { get; }

    public int Replicates { get; }

    public int MaxVariations { get; }

    /// <summary>
    /// Variations before constraints: grid sizes × samples × replicates. Constraints only remove combinations,
    /// so this bounds the output and is what the cap is checked against.
    /// </summary>
    public long VariationBound { get; }

    /// <summary>The swept parameter names, in spec order (the first varies slowest).</summary>
    public IReadOnlyList<string> SweptParameters => Parameters.Select(p => p.Name).ToArray();

    internal IReadOnlyList<SweptParameter> Parameters { get; }

    internal IReadOnlyList<SweepConstraint> Constraints { get; }
}
